package io.github.altibaseportable.rewrite.rules;

import java.util.List;

import io.github.altibaseportable.rewrite.RewriteRule;

/** Every rewrite rule, in the order the engine runs them. */
public final class Rules {
    /** Identity before addcolumn: both may insert at the end of an added column's type. */
    private static final List<RewriteRule> ALL = List.of(
            new PagingRule(),
            new IdentityRule(),
            new AddColumnRule(),
            new DropTableRule(),
            new GeneratedKeysRule(),
            new BooleanRule(),
            new SelectListParameterRule(),
            new ArrayParameterRule(),
            new SetOperationRule(),
            new JoinRule(),
            new UpsertRule(),
            new IsolationRule(),
            new SequenceFunctionsRule(),
            new DataTypesRule(),
            new IfExistsRule(),
            new BacktickIdentifiersRule(),
            new DefaultOrderRule(),
            new AlterColumnRule(),
            new MySqlCommentsRule(),
            new MySqlTableOptionsRule());

    private Rules() {
    }

    /** The rules the driver runs. */
    public static List<RewriteRule> all() {
        return ALL;
    }

    /** The rule called {@code name}, or {@code null}. */
    public static RewriteRule named(String name) {
        for (RewriteRule rule : ALL) {
            if (rule.name().equals(name)) {
                return rule;
            }
        }
        return null;
    }
}
