package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NextValExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Sequence functions: the standard {@code NEXT VALUE FOR s} (and {@code NEXTVAL FOR s}) and
 * PostgreSQL's {@code nextval('s')} and {@code currval('s')} become Altibase's {@code s.NEXTVAL} and
 * {@code s.CURRVAL}; a query without {@code FROM} that uses one gets {@code FROM DUAL}.
 *
 * <p>PostgreSQL's argument is a name in a string: unquoted parts are case-insensitive (spelled as
 * {@link Identifiers#caseInsensitive} does), quoted parts are kept, {@code 's'::regclass} is read too.
 * {@code setval} has no Altibase equivalent ({@code ALTER SEQUENCE ... RESTART} is not accepted by
 * 7.x servers), and a sequence name that is not a literal cannot be expressed: both are reported as
 * unsupported.
 */
public final class SequenceFunctionsRule implements RewriteRule {

    @Override
    public String name() {
        return "sequences";
    }

    @Override
    public String description() {
        return "NEXT VALUE FOR s, nextval('s'), currval('s') -> s.NEXTVAL, s.CURRVAL";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("NEXT", "NEXTVAL", "CURRVAL", "SETVAL");
    }

    @Override
    public String tokenReplacement(TokenForm form, String text) {
        String pseudoColumn =
                form == TokenForm.NEXTVAL_CALL ? ".NEXTVAL" : form == TokenForm.CURRVAL_CALL ? ".CURRVAL" : null;
        String sequence = pseudoColumn == null ? null : RegclassName.spell(text.replace("''", "'"));
        return sequence == null ? null : sequence + pseudoColumn;
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        List<int[]> rewritten = new ArrayList<>();
        for (NextValExpression next : statement.find(NextValExpression.class)) {
            if (statement.hasPosition(next)) {
                int first = statement.firstToken(next);
                // One edit over the whole expression, so that it moves along with any text that contains it.
                context.edit(new Edit(
                        statement.begin(next),
                        statement.end(next),
                        List.of(
                                new Fragment.Source(statement.tokenBegin(first + 1), statement.end(next)),
                                new Fragment.Text(".NEXTVAL"))));
                rewritten.add(new int[] {first, statement.lastToken(next)});
            }
        }
        for (Function function : statement.find(Function.class)) {
            String pseudoColumn = pseudoColumn(function);
            if (pseudoColumn == null || !statement.hasPosition(function)) {
                continue;
            }
            if (pseudoColumn.equals("SETVAL")) {
                context.unsupported("setval(...) has no Altibase equivalent (ALTER SEQUENCE ... RESTART is not "
                        + "accepted); recreate the sequence with START WITH instead");
                return;
            }
            String sequence = sequenceName(function);
            if (sequence == null) {
                context.unsupported(statement.text(function) + ": the sequence must be named by a string literal "
                        + "holding a valid name");
                return;
            }
            String replacement = sequence + "." + pseudoColumn;
            context.edit(Edit.replace(statement.begin(function), statement.end(function), replacement));
            rewritten.add(new int[] {statement.firstToken(function), statement.lastToken(function)});
        }
        if (!rewritten.isEmpty()) {
            addDual(statement, context, rewritten);
        }
    }

    /** {@code NEXTVAL}, {@code CURRVAL} or {@code SETVAL} for PostgreSQL's sequence functions, else null. */
    private static String pseudoColumn(Function function) {
        if (function.getMultipartName() == null || function.getMultipartName().size() != 1) {
            return null;
        }
        String name = function.getName().toUpperCase(Locale.ROOT);
        if (name.equals("SETVAL")) {
            return name;
        }
        ExpressionList<?> parameters = function.getParameters();
        boolean oneArgument = parameters != null && parameters.size() == 1;
        return oneArgument && (name.equals("NEXTVAL") || name.equals("CURRVAL")) ? name : null;
    }

    /** The Altibase spelling of the sequence named by the function's argument, or null. */
    private static String sequenceName(Function function) {
        Expression argument = function.getParameters().get(0);
        if (argument instanceof CastExpression cast
                && cast.getColDataType() != null
                && cast.getColDataType().getDataType().equalsIgnoreCase("regclass")) {
            argument = cast.getLeftExpression();
        }
        return argument instanceof StringValue literal && literal.getPrefix() == null
                ? RegclassName.spell(literal.getValue().replace("''", "'"))
                : null;
    }

    /** Adds {@code FROM DUAL} to each query without FROM whose select list had a sequence rewritten. */
    private static void addDual(ParsedStatement statement, RewriteContext context, List<int[]> rewritten) {
        for (PlainSelect select : statement.find(PlainSelect.class)) {
            if (select.getFromItem() != null || select.getSelectItems() == null) {
                continue;
            }
            List<SelectItem<?>> items = select.getSelectItems();
            SelectItem<?> last = items.get(items.size() - 1);
            if (!statement.hasPosition(items.get(0)) || !statement.hasPosition(last)) {
                continue;
            }
            int from = statement.firstToken(items.get(0));
            int to = statement.lastToken(last);
            for (int[] range : rewritten) {
                if (range[0] >= from && range[1] <= to) {
                    context.edit(Edit.insert(statement.end(last), " FROM DUAL"));
                    break;
                }
            }
        }
    }

    /** PostgreSQL's text form of a sequence name ({@code regclass}), spelled for Altibase. */
    private static final class RegclassName {

        private RegclassName() {}

        /** {@code [schema.]name}, unquoted or {@code "quoted"} parts; null when it is anything else. */
        static String spell(String text) {
            List<String> parts = new ArrayList<>();
            int i = 0;
            while (i <= text.length()) {
                int end;
                String part;
                if (i < text.length() && text.charAt(i) == '"') {
                    end = text.indexOf('"', i + 1);
                    if (end < 0 || end == i + 1) {
                        return null;
                    }
                    end++;
                    part = text.substring(i, end);
                } else {
                    end = i;
                    while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '"') {
                        end++;
                    }
                    part = unquoted(text.substring(i, end));
                }
                if (part == null) {
                    return null;
                }
                parts.add(part);
                if (end == text.length()) {
                    break;
                }
                if (text.charAt(end) != '.') {
                    return null;
                }
                i = end + 1;
            }
            return parts.size() <= 2 ? String.join(".", parts) : null;
        }

        private static String unquoted(String name) {
            if (name.isEmpty() || (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_')) {
                return null;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 128 || (!Character.isLetterOrDigit(c) && c != '_' && c != '$')) {
                    return null;
                }
            }
            return Identifiers.caseInsensitive(name);
        }
    }
}
