package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;

/**
 * Column definitions whose {@code DEFAULT} follows a constraint ({@code c INT NOT NULL DEFAULT 1}):
 * Altibase wants {@code DEFAULT} right after the type, so the {@code DEFAULT} clause moves before the
 * first constraint ({@code c INT DEFAULT 1 NOT NULL}), in {@code CREATE TABLE} and in
 * {@code ALTER TABLE ... ADD/MODIFY}. The clause is moved as text, with other rules' edits inside it.
 */
public final class DefaultOrderRule implements RewriteRule {
    /** Words that start a column constraint. */
    private static final String[] CONSTRAINT = {"NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "CONSTRAINT"
    };

    @Override
    public String name() {
        return "defaultorder";
    }

    @Override
    public String description() {
        return "column NOT NULL (or another constraint) DEFAULT x -> DEFAULT x NOT NULL";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("CREATE", "ALTER");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        Map<Integer, Integer> expressionEnds = null;
        for (ColumnDefinitions.Column column : ColumnDefinitions.of(statement)) {
            int keyword = TokenSegments.find(statement, column.type() + 1, column.last(), "DEFAULT");
            if (keyword < 0) {
                continue;
            }
            int constraint = TokenSegments.find(statement, column.type() + 1, keyword - 1, CONSTRAINT);
            if (constraint <= 0) {
                continue;
            }
            if (expressionEnds == null) {
                expressionEnds = expressionEnds(statement);
            }
            int valueEnd = expressionEnds.getOrDefault(keyword + 1, -1);
            if (valueEnd > 0) {
                int target = statement.tokenEnd(constraint - 1);
                for (Edit edit : Edit.move(statement.tokenEnd(keyword - 1), valueEnd, target)) {
                    context.edit(edit);
                }
            }
        }
    }

    /**
     * Where the longest expression starting at each token ends in the text, by token; read once per
     * statement, on the first column that needs it (reading it per column would be quadratic).
     */
    private static Map<Integer, Integer> expressionEnds(ParsedStatement statement) {
        Map<Integer, Integer> ends = new HashMap<>();
        for (Expression expression : statement.find(Expression.class)) {
            ends.merge(statement.firstToken(expression), statement.end(expression), Math::max);
        }
        return ends;
    }
}
