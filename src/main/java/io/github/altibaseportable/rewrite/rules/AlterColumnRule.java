package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.List;
import java.util.Set;

/**
 * {@code ALTER TABLE t ALTER [COLUMN] c ...} in the PostgreSQL / SQL-standard forms, which Altibase
 * writes with parentheses or as {@code MODIFY}:
 * <ul>
 *   <li>{@code SET DEFAULT e} / {@code DROP DEFAULT}: {@code ALTER (c SET DEFAULT e)} /
 *       {@code ALTER (c DROP DEFAULT)};</li>
 *   <li>{@code SET NOT NULL} / {@code DROP NOT NULL}: {@code ALTER (c NOT NULL)} / {@code ALTER (c NULL)};</li>
 *   <li>{@code TYPE t}: {@code MODIFY (c t)}.</li>
 * </ul>
 * Altibase takes one action per ALTER TABLE, so such an action among others is reported as
 * unsupported, and so is {@code TYPE ... USING} or {@code COLLATE} (Altibase converts the values itself).
 */
public final class AlterColumnRule implements RewriteRule {

    @Override
    public String name() {
        return "altercolumn";
    }

    @Override
    public String description() {
        return "ALTER COLUMN c SET/DROP DEFAULT, SET/DROP NOT NULL, TYPE t -> ALTER (c ...), MODIFY (c t)";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("ALTER");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        List<int[]> actions = AlterActions.of(statement);
        for (int[] action : actions) {
            int name = columnName(statement, action);
            if (name < 0) {
                continue;
            }
            if (actions.size() > 1) {
                context.unsupported("ALTER COLUMN among several actions: Altibase takes one action per ALTER TABLE; "
                        + "split the statement");
                return;
            }
            rewrite(statement, context, action, name);
        }
    }

    /** The token of the column name of an {@code ALTER [COLUMN] c ...} action, or -1 for any other action. */
    private static int columnName(ParsedStatement statement, int[] action) {
        if (!statement.isWord(action[0], "ALTER")) {
            return -1;
        }
        int name = statement.isWord(action[0] + 1, "COLUMN") ? action[0] + 2 : action[0] + 1;
        return name < action[1] && !statement.tokenText(name).equals("(") ? name : -1;
    }

    private static void rewrite(ParsedStatement statement, RewriteContext context, int[] action, int name) {
        int next = name + 1;
        int last = action[1];
        if (statement.isAnyWord(next, "SET", "DROP")
                && statement.isWord(next + 1, "DEFAULT")
                && (statement.isWord(next, "SET") ? last > next + 1 : last == next + 1)) {
            parenthesise(statement, context, action, name, "ALTER (");
        } else if (statement.isAnyWord(next, "SET", "DROP")
                && statement.isWord(next + 1, "NOT")
                && statement.isWord(next + 2, "NULL")
                && last == next + 2) {
            parenthesise(statement, context, action, name, "ALTER (");
            int through = statement.isWord(next, "SET") ? next : next + 1;
            context.edit(Edit.delete(statement.tokenEnd(name), statement.tokenEnd(through)));
        } else if (statement.isWord(next, "TYPE") && last > next) {
            if (TokenSegments.find(statement, next + 1, last, "USING", "COLLATE") > 0) {
                context.unsupported("ALTER COLUMN ... TYPE with USING or COLLATE: Altibase's MODIFY converts the "
                        + "values itself and takes no collation");
                return;
            }
            parenthesise(statement, context, action, name, "MODIFY (");
            context.edit(Edit.delete(statement.tokenEnd(name), statement.tokenEnd(next)));
        }
    }

    /** Replaces {@code ALTER [COLUMN] } by {@code opening} and closes the parenthesis after the action. */
    private static void parenthesise(
            ParsedStatement statement, RewriteContext context, int[] action, int name, String opening) {
        context.edit(Edit.replace(statement.tokenBegin(action[0]), statement.tokenBegin(name), opening));
        context.edit(Edit.insert(statement.tokenEnd(action[1]), ")"));
    }
}
