package io.github.altibaseportable.rewrite;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The connection settings that change what a statement is planned to: the source dialect, the rules
 * switched off, and whether identities move past keys written explicitly (every {@code INSERT ... VALUES}
 * is then read, to learn which keys it writes). Part of the rewrite cache key, so connections with
 * different profiles share the cache without seeing each other's plans.
 */
public record RewriteProfile(SourceDialect dialect, Set<String> disabledRules, boolean identitiesPastExplicitKeys) {

    /** Portable SQL, every rule on, identities left where explicit keys put them. */
    public static final RewriteProfile DEFAULT = new RewriteProfile(SourceDialect.PORTABLE, Set.of(), false);

    public RewriteProfile {
        TreeSet<String> names = new TreeSet<>();
        for (String rule : disabledRules) {
            names.add(rule.trim().toLowerCase(Locale.ROOT));
        }
        disabledRules = Set.copyOf(names);
    }

    /**
     * The profile for these settings: {@link #DEFAULT} itself when they are the default ones, so that
     * the rewrite cache can use its cheaper key for the common case.
     */
    public static RewriteProfile of(
            SourceDialect dialect, Set<String> disabledRules, boolean identitiesPastExplicitKeys) {
        RewriteProfile profile = new RewriteProfile(dialect, disabledRules, identitiesPastExplicitKeys);
        return profile.equals(DEFAULT) ? DEFAULT : profile;
    }

    /** Whether the rule named {@code ruleName} runs under this profile. */
    public boolean isEnabled(String ruleName) {
        return !disabledRules.contains(ruleName);
    }
}
