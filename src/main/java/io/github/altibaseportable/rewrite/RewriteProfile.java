package io.github.altibaseportable.rewrite;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The connection settings that change what a statement is rewritten to: the source dialect and
 * the rules switched off. Part of the rewrite cache key, so connections with different profiles
 * share the cache without seeing each other's plans.
 */
public record RewriteProfile(SourceDialect dialect, Set<String> disabledRules) {

    /** Portable SQL, every rule on. */
    public static final RewriteProfile DEFAULT = new RewriteProfile(SourceDialect.PORTABLE, Set.of());

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
    public static RewriteProfile of(SourceDialect dialect, Set<String> disabledRules) {
        RewriteProfile profile = new RewriteProfile(dialect, disabledRules);
        return profile.equals(DEFAULT) ? DEFAULT : profile;
    }

    /** Whether the rule named {@code ruleName} runs under this profile. */
    public boolean isEnabled(String ruleName) {
        return !disabledRules.contains(ruleName);
    }
}
