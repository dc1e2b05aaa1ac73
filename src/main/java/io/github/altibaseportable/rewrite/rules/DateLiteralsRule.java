package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;

/**
 * The SQL standard's typed literals {@code DATE '2010-09-07'}, {@code TIME '10:11:12'} and
 * {@code TIMESTAMP '2010-09-07 10:11:12.5'}, which Altibase does not have (docs/altibase.md, "Dates"):
 * each becomes {@code TO_DATE('...', '<format>')} with the format the literal is written in, so it does
 * not depend on the session's date format. Fractions of a second are written out to the six digits
 * Altibase keeps. A literal not in the standard's form (a time zone, a bad value) is reported as
 * unsupported. JDBC's {@code {d '...'}}, {@code {t '...'}} and {@code {ts '...'}} escapes are left to the
 * Altibase driver, which turns them into {@code TO_DATE} itself.
 */
public final class DateLiteralsRule implements RewriteRule {
    private static final Pattern LITERAL = Pattern.compile("(?is)(DATE|TIME|TIMESTAMP)\\s*'(.*)'");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?");
    private static final Pattern TIMESTAMP =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?)?");

    @Override
    public String name() {
        return "dateliterals";
    }

    @Override
    public String description() {
        return "DATE '...', TIME '...', TIMESTAMP '...' -> TO_DATE('...', '<format>')";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of();
    }

    @Override
    public Set<String> prefixTriggerWords() {
        return Set.of("DATE", "TIME", "TIMESTAMP");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (DateTimeLiteralExpression literal : statement.find(DateTimeLiteralExpression.class)) {
            if (!statement.hasPosition(literal)) {
                continue;
            }
            Matcher typed = LITERAL.matcher(statement.text(literal));
            if (!typed.matches()) {
                continue; // a JDBC escape: the Altibase driver's
            }
            String call = toDate(typed.group(1).toUpperCase(java.util.Locale.ROOT), typed.group(2));
            if (call == null) {
                context.unsupported(
                        statement.text(literal) + " is not a date, time or timestamp in the SQL standard's form");
                return;
            }
            context.edit(Edit.replace(statement.begin(literal), statement.end(literal), call));
        }
    }

    /** {@code TO_DATE} of the value of a literal of {@code type}, or {@code null} when the value is not in its form. */
    private static String toDate(String type, String value) {
        Matcher form = (type.equals("DATE") ? DATE : type.equals("TIME") ? TIME : TIMESTAMP).matcher(value);
        if (!form.matches()) {
            return null;
        }
        StringBuilder format = new StringBuilder();
        String rest = value;
        if (!type.equals("TIME")) {
            format.append("YYYY-MM-DD");
            rest = value.length() > 10 ? value.substring(11) : "";
        }
        if (!rest.isEmpty()) {
            format.append(format.length() == 0 ? "" : " ").append("HH24:MI");
            if (rest.length() > 5) {
                format.append(":SS");
            }
            int point = rest.indexOf('.');
            if (point >= 0) {
                String digits = rest.substring(point + 1);
                value = value + "0".repeat(6 - digits.length());
                format.append(".SSSSSS");
            }
        }
        return "TO_DATE('" + value + "', '" + format + "')";
    }
}
