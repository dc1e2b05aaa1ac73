package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;

/**
 * The actions of an {@code ALTER TABLE} statement (the comma-separated parts after the table name),
 * as token ranges, checked against what JSqlParser read.
 */
final class AlterActions {

    private AlterActions() {}

    /** The statement's ALTER TABLE actions, or an empty list for any other statement. */
    static List<int[]> of(ParsedStatement statement) {
        if (!(statement.statement() instanceof Alter alter)
                || alter.getAlterExpressions() == null
                || !statement.hasPosition(alter.getTable())) {
            return List.of();
        }
        int from = statement.lastToken(alter.getTable()) + 1;
        int to = statement.tokenCount() - 1;
        if (statement.tokenText(to).equals(";")) {
            to--;
        }
        if (from > to) {
            return List.of();
        }
        List<int[]> actions = TokenSegments.split(statement, from, to);
        return actions.size() == alter.getAlterExpressions().size() ? actions : List.of();
    }
}
