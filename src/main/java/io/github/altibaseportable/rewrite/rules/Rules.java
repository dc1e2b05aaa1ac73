package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.List;
import java.util.Map;

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
            new MySqlTableOptionsRule(),
            new ReservedNamesRule(),
            new DateLiteralsRule(),
            new IndexRule(),
            new InformationSchemaRule());

    private Rules() {}

    /** The rules the driver runs. */
    public static List<RewriteRule> all() {
        return ALL;
    }

    /** Names rules had before every name became one word; {@code portable.disabledRules} still takes them. */
    private static final Map<String, String> FORMER_NAMES = Map.of(
            "set_operations", "setoperations",
            "select_parameters", "selectparameters");

    /** The rule called {@code name} (or formerly called so), or {@code null}. */
    public static RewriteRule named(String name) {
        String current = FORMER_NAMES.getOrDefault(name, name);
        for (RewriteRule rule : ALL) {
            if (rule.name().equals(current)) {
                return rule;
            }
        }
        return null;
    }
}
