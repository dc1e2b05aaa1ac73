package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.CastExpression;

/**
 * Data types: portable types Altibase lacks become Altibase types ({@link TypeMapping}) in column
 * definitions of {@code CREATE TABLE} and {@code ALTER TABLE ... ADD/MODIFY}, in
 * {@code ALTER COLUMN c TYPE t}, and as {@code CAST} targets; PostgreSQL's {@code x::type} becomes
 * {@code CAST(x AS type)}. Columns, aliases and other names spelled like a type are not touched.
 * Unsupported (sent as written, refused in strict mode): MySQL's {@code ENUM} columns, {@code UNSIGNED} or
 * {@code ZEROFILL} on a type that is not an integer ({@code DECIMAL(10,2) UNSIGNED}); the column option
 * {@code ON UPDATE CURRENT_TIMESTAMP}.
 */
public final class DataTypesRule implements RewriteRule {

    @Override
    public String name() {
        return "types";
    }

    @Override
    public String description() {
        return "BOOLEAN, TEXT, TIMESTAMP, DATETIME, TIME, DOUBLE PRECISION, TINYINT, BYTEA, BINARY, UUID, JSON, ... "
                + "in DDL and CAST -> Altibase types; x::type -> CAST(x AS type)";
    }

    @Override
    public Set<String> triggerWords() {
        return TypeMapping.TRIGGER_WORDS;
    }

    @Override
    public Set<String> prefixTriggerWords() {
        return TypeMapping.WIDTH_TRIGGER_WORDS;
    }

    @Override
    public String triggerCharacters() {
        return ":";
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (ColumnDefinitions.Column column : ColumnDefinitions.of(statement)) {
            String problem = TypeMapping.unsupported(statement, column.type(), column.last());
            int onUpdate = TokenSegments.find(statement, column.type() + 1, column.last(), "ON");
            if (problem == null
                    && onUpdate > 0
                    && statement.isWord(onUpdate + 1, "UPDATE")
                    && TokenSegments.find(statement, column.type() + 1, onUpdate, "REFERENCES") < 0) {
                problem = "MySQL's ON UPDATE column option has no Altibase form; set the column in the UPDATE";
            }
            if (problem != null) {
                context.unsupported(problem);
                return;
            }
            map(statement, context, column.type(), column.last());
        }
        for (int[] action : AlterActions.of(statement)) {
            if (statement.isWord(action[0], "ALTER")) {
                int type = TokenSegments.find(statement, action[0] + 1, action[1], "TYPE");
                if (type > 0 && type < action[1]) {
                    int using = TokenSegments.find(statement, type + 1, action[1], "USING", "COLLATE");
                    map(statement, context, type + 1, using < 0 ? action[1] : using - 1);
                }
            }
        }
        Set<Integer> operatorsDone = new HashSet<>();
        for (CastExpression cast : statement.find(CastExpression.class)) {
            if (statement.hasPosition(cast)) {
                cast(statement, context, cast, operatorsDone);
            }
        }
    }

    private static void map(ParsedStatement statement, RewriteContext context, int first, int last) {
        Edit edit = TypeMapping.edit(statement, first, last);
        if (edit != null) {
            context.edit(edit);
        }
    }

    /**
     * {@code CAST(x AS type)}: the type. {@code x::a::b} (a chain JSqlParser may record as one
     * expression): each type, and the CAST syntax around each step.
     */
    private static void cast(
            ParsedStatement statement, RewriteContext context, CastExpression cast, Set<Integer> operatorsDone) {
        int first = statement.firstToken(cast);
        int last = statement.lastToken(cast);
        if (statement.isWord(first, "CAST") && statement.tokenText(first + 1).equals("(")) {
            int as = TokenSegments.find(statement, first + 2, last - 1, "AS");
            if (as > 0) {
                map(statement, context, as + 1, last - 1);
            }
            return;
        }
        List<Integer> operators = new ArrayList<>();
        for (int i = first; i <= last; i = TokenSegments.skipGroup(statement, i) + 1) {
            if (statement.tokenText(i).equals("::") && i > first && i < last && operatorsDone.add(i)) {
                operators.add(i);
            }
        }
        if (operators.isEmpty()) {
            return;
        }
        // One edit over the whole cast (types mapped by edits inside it), so that it moves along with any
        // text that contains it.
        List<Fragment> fragments = new ArrayList<>();
        fragments.add(new Fragment.Text("CAST(".repeat(operators.size())));
        fragments.add(new Fragment.Source(statement.begin(cast), statement.tokenEnd(operators.get(0) - 1)));
        for (int k = 0; k < operators.size(); k++) {
            int type = operators.get(k) + 1;
            int typeLast = k + 1 < operators.size() ? operators.get(k + 1) - 1 : last;
            fragments.add(new Fragment.Text(" AS "));
            fragments.add(new Fragment.Source(statement.tokenBegin(type), statement.tokenEnd(typeLast)));
            fragments.add(new Fragment.Text(")"));
            map(statement, context, type, typeLast);
        }
        context.edit(new Edit(statement.begin(cast), statement.end(cast), fragments));
    }
}
