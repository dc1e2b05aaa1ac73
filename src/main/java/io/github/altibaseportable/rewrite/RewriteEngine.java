package io.github.altibaseportable.rewrite;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an application's SQL into a {@link StatementPlan}: cache lookup, lexical pre-check,
 * bounded parse, every enabled rule, splice. One engine (and so one cache) serves every connection
 * configured with the same cache size and parse limits; see {@link #shared}.
 *
 * <p>Statements that need no rewrite, carry the skip marker or cannot be parsed come back as an
 * unchanged plan whose SQL is the very string given, so they reach Altibase byte for byte. Plans are
 * computed once per distinct statement and logged then (System.Logger
 * {@code io.github.altibaseportable.rewrite}, DEBUG for rewrites, WARNING for parse time-outs and
 * portable forms that cannot be expressed).
 */
public final class RewriteEngine {
    private static final System.Logger LOG = System.getLogger("io.github.altibaseportable.rewrite");
    private static final Map<Settings, RewriteEngine> SHARED = new ConcurrentHashMap<>();

    private final List<RewriteRule> rules;
    private final ParseLimits limits;
    private final PlanCache cache;
    private final Map<RewriteProfile, Precheck> prechecks = new ConcurrentHashMap<>();

    /** An engine with its own cache of {@code cacheSize} plans (0: no caching). */
    public RewriteEngine(List<? extends RewriteRule> rules, long cacheSize, ParseLimits limits) {
        this.rules = List.copyOf(rules);
        this.limits = limits;
        this.cache = new PlanCache(cacheSize);
    }

    /** The engine shared by every connection with these settings, created on first use. */
    public static RewriteEngine shared(List<? extends RewriteRule> rules, long cacheSize, ParseLimits limits) {
        return SHARED.computeIfAbsent(new Settings(List.copyOf(rules), cacheSize, limits),
                settings -> new RewriteEngine(settings.rules(), settings.cacheSize(), settings.limits()));
    }

    /** Plans {@code sql}, from the cache when it was planned before. */
    public StatementPlan plan(String sql, KeysRequest keys, RewriteProfile profile) {
        return plan(sql, keys, profile, null, null);
    }

    /**
     * Plans {@code sql} for values of the given types bound to the parameters of
     * {@link StatementPlan#typedParameters()}, and with the unique keys of the table of
     * {@link StatementPlan#uniqueKeysNeeded()} (of its plan without them; either may be {@code null}),
     * from the cache when it was planned before for the same.
     */
    public StatementPlan plan(String sql, KeysRequest keys, RewriteProfile profile,
                              BoundTypes types, UniqueKeys uniqueKeys) {
        Object key = PlanCache.key(sql, keys, profile, types, uniqueKeys);
        StatementPlan plan = cache.get(key);
        if (plan == null) {
            plan = compute(new Request(sql, keys, profile, types, uniqueKeys));
            cache.put(key, plan);
        }
        return plan;
    }

    /** Cache figures for this engine. */
    public RewriteStatistics statistics() {
        return cache.statistics();
    }

    private StatementPlan compute(Request request) {
        String sql = request.sql();
        switch (precheck(request.profile()).check(sql)) {
            case SKIP_MARKER:
                return StatementPlan.unchanged(sql, PlanOutcome.SKIPPED_BY_MARKER, null);
            case UNCHANGED:
                if (!request.keys().isRequested()) {
                    return StatementPlan.unchanged(sql, PlanOutcome.UNCHANGED_BY_PRECHECK, null);
                }
                break; // generated keys need the statement read, whatever its words
            default:
                break;
        }
        ParsedStatement statement;
        try {
            statement = SqlParser.parse(sql, limits);
        } catch (ParseFailure failure) {
            StatementPlan recognised = planUnparsed(request);
            if (recognised != null) {
                return recognised;
            }
            Level level = failure instanceof SqlParser.Timeout ? Level.WARNING : Level.DEBUG;
            if (LOG.isLoggable(level)) {
                LOG.log(level, "not parsed (" + failure.getMessage() + "); sent as written: " + sql);
            }
            return StatementPlan.unchanged(sql, PlanOutcome.NOT_PARSED, failure.getMessage());
        }
        return planParsed(statement, request);
    }

    /** The plan of a parsed statement: every enabled rule, then the edits spliced. */
    private StatementPlan planParsed(ParsedStatement statement, Request request) {
        String sql = statement.sql();
        RewriteProfile profile = request.profile();
        RewriteContext context = new RewriteContext(request.keys(), profile, request.types(),
                request.uniqueKeys());
        try {
            for (RewriteRule rule : rules) {
                if (profile.isEnabled(rule.name())) {
                    context.startRule(rule.name());
                    rule.rewrite(statement, context);
                }
            }
            if (context.unsupportedReason() != null) {
                LOG.log(Level.WARNING, "cannot rewrite (" + context.unsupportedReason() + "); sent as written: " + sql);
                return StatementPlan.unchanged(sql, PlanOutcome.NOT_REWRITABLE, context.unsupportedReason());
            }
            if (context.uniqueKeysNeeded() != null) {
                return StatementPlan.needingUniqueKeys(sql, context.uniqueKeysNeeded());
            }
            if (!context.changed()) {
                return StatementPlan.unchanged(sql, PlanOutcome.UNCHANGED, null);
            }
            Splicer.Result spliced = context.edits().isEmpty()
                    ? new Splicer.Result(sql, null) : Splicer.splice(statement, context.edits());
            List<Step> steps = new ArrayList<>(context.before());
            int mainIndex = steps.size();
            steps.add(new Step(spliced.sql(), context.mainUndo(), context.mainGuard()));
            steps.addAll(context.after());
            StatementPlan plan = StatementPlan.rewritten(sql, steps, mainIndex, spliced.parameters(), context.changedBy(),
                    context.keysPlan(), variants(statement, context), context.typedParameters());
            if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(Level.DEBUG, "rewrote (" + plan.detail() + "): " + sql + "\n  -> " + plan.script());
            }
            return plan;
        } catch (RuntimeException | StackOverflowError bug) {
            LOG.log(Level.WARNING, "rewrite rule failed; statement sent as written: " + sql, bug);
            return StatementPlan.unchanged(sql, PlanOutcome.NOT_REWRITABLE, "rule failure: " + bug);
        }
    }

    /** The plan an enabled rule makes for a statement the parser could not read, or {@code null}. */
    private StatementPlan planUnparsed(Request request) {
        String sql = request.sql();
        for (RewriteRule rule : rules) {
            if (request.profile().isEnabled(rule.name())) {
                StatementPlan plan = rule.planUnparsed(sql, equivalent -> replan(request, equivalent, rule.name()));
                if (plan != null) {
                    if (LOG.isLoggable(Level.DEBUG)) {
                        LOG.log(Level.DEBUG, "recognised (" + rule.name() + "): " + sql + "\n  -> " + plan.script());
                    }
                    return plan;
                }
            }
        }
        return null;
    }

    /** {@code equivalent}, a text the parser can read, planned as the plan of the request's statement. */
    private StatementPlan replan(Request request, String equivalent, String rule) {
        try {
            return planParsed(SqlParser.parse(equivalent, limits), request).asPlanOf(request.sql(), rule);
        } catch (ParseFailure failure) {
            return StatementPlan.unchanged(request.sql(), PlanOutcome.NOT_PARSED, failure.getMessage());
        }
    }

    /** The alternative forms the rules asked for; one that cannot be spliced is left out (and logged). */
    private static Map<String, StatementPlan.Variant> variants(ParsedStatement statement, RewriteContext context) {
        Map<String, StatementPlan.Variant> variants = new LinkedHashMap<>();
        for (Map.Entry<String, List<Edit>> variant : context.variants().entrySet()) {
            List<Edit> edits = new ArrayList<>(context.edits());
            edits.addAll(variant.getValue());
            try {
                Splicer.Result spliced = Splicer.splice(statement, edits);
                variants.put(variant.getKey(), new StatementPlan.Variant(spliced.sql(), spliced.parameters()));
            } catch (IllegalStateException conflict) {
                LOG.log(Level.WARNING, "variant " + variant.getKey() + " left out: " + conflict.getMessage());
            }
        }
        return variants;
    }

    private Precheck precheck(RewriteProfile profile) {
        Precheck precheck = prechecks.get(profile);
        if (precheck == null) {
            precheck = prechecks.computeIfAbsent(profile, this::buildPrecheck);
        }
        return precheck;
    }

    private Precheck buildPrecheck(RewriteProfile profile) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> prefixWords = new LinkedHashSet<>();
        StringBuilder chars = new StringBuilder();
        Map<TriggerScope, Precheck.Triggers> scoped = new EnumMap<>(TriggerScope.class);
        boolean rowLists = false;
        for (RewriteRule rule : rules) {
            if (profile.isEnabled(rule.name())) {
                words.addAll(rule.triggerWords(profile));
                prefixWords.addAll(rule.prefixTriggerWords());
                chars.append(rule.triggerCharacters());
                for (TriggerScope scope : TriggerScope.values()) {
                    scoped.merge(scope, new Precheck.Triggers(rule.scopedTriggerWords(scope),
                            rule.scopedTriggerCharacters(scope)), Precheck.Triggers::plus);
                }
                rowLists |= rule.triggeredByRowLists();
            }
        }
        return new Precheck(words, chars.toString(), scoped, rowLists, prefixWords);
    }

    /** One statement to plan and everything its plan depends on. */
    private record Request(String sql, KeysRequest keys, RewriteProfile profile, BoundTypes types,
                           UniqueKeys uniqueKeys) {
    }

    private record Settings(List<RewriteRule> rules, long cacheSize, ParseLimits limits) {
    }
}
