package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.util.Set;

/**
 * Names as portable SQL writes them, spelled for Altibase and as its catalog stores them.
 *
 * <p>Altibase folds unquoted names to upper case and keeps {@code "quoted"} names exactly. A name
 * that is case-insensitive in its source database (a MySQL {@code `backtick`} name, an unquoted
 * name inside PostgreSQL's {@code nextval('...')}) is written unquoted when Altibase accepts it so,
 * and otherwise quoted in upper case, which is what the unquoted name would fold to: either way it
 * matches the same object as any other spelling of that name.
 */
final class Identifiers {
    /**
     * Names quoted besides the reserved words of {@link ReservedWords}: those Altibase reads as values
     * rather than columns, and {@code DUMP_CALLSTACKS}, reserved in the server's source though not listed
     * by it (docs/altibase.md, "Reserved words").
     */
    private static final Set<String> ALSO_QUOTED = Set.of(
            "SYSDATE",
            "SYSTIMESTAMP",
            "SYSDATETIME",
            "CURRENT_DATE",
            "CURRENT_TIMESTAMP",
            "UNIX_DATE",
            "UNIX_TIMESTAMP",
            "DUMP_CALLSTACKS");

    private Identifiers() {}

    /**
     * The Altibase spelling of a case-insensitive name: as written when Altibase takes it unquoted,
     * else in double quotes and upper case; {@code null} when Altibase cannot name it at all (a
     * quoted Altibase name cannot contain {@code "}).
     */
    static String caseInsensitive(String name) {
        if (isPlain(name)) {
            return name;
        }
        if (name.isEmpty() || name.indexOf('"') >= 0) {
            return null;
        }
        return '"' + upper(name) + '"';
    }

    /**
     * The Altibase spelling of one name part as written: a MySQL backtick name is case-insensitive, and an
     * unquoted reserved word is quoted in upper case, as the reserved-names rule writes it.
     */
    static String spelling(String written) {
        if (isBacktick(written)) {
            return caseInsensitive(backtickContent(written));
        }
        String upper = upper(written);
        return isReserved(upper) ? '"' + upper + '"' : written;
    }

    /**
     * The Altibase spelling of the (possibly qualified) name written as tokens {@code [first, last]},
     * or {@code null} when a part cannot be spelled.
     */
    static String spelling(ParsedStatement statement, int first, int last) {
        StringBuilder name = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String part = spelling(statement.tokenText(i));
            if (part == null) {
                return null;
            }
            name.append(part);
        }
        return name.toString();
    }

    /** A name as written, for text that JSqlParser cannot read: quoted, backtick-quoted, or a plain word. */
    static final String NAME = "(?:\"[^\"]+\"|`[^`]+`|[A-Za-z_][A-Za-z0-9_$#]*)";
    /** {@link #NAME}, optionally with a schema. */
    static final String QUALIFIED_NAME = NAME + "(?:\\s*\\.\\s*" + NAME + ")?";

    /** The name part as the catalog stores it: quoted names exactly, all others in upper case. */
    static String catalogName(String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return written.substring(1, written.length() - 1);
        }
        return upper(isBacktick(written) ? backtickContent(written) : written);
    }

    /** Whether {@code written} is a MySQL backtick-quoted name. */
    static boolean isBacktick(String written) {
        return written.length() >= 2 && written.charAt(0) == '`' && written.charAt(written.length() - 1) == '`';
    }

    /** Whether Altibase takes {@code name} unquoted: letters, digits, {@code _ $ #}, not reserved. */
    static boolean isPlain(String name) {
        if (name.isEmpty() || (!isLetter(name.charAt(0)) && name.charAt(0) != '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '$' && c != '#') {
                return false;
            }
        }
        String upper = upper(name);
        boolean systemPrefix = upper.length() > 1 && upper.charAt(1) == '$' && "VXD".indexOf(upper.charAt(0)) >= 0;
        return !systemPrefix && !isReserved(upper);
    }

    /** Whether the upper-case name is a word Altibase reserves (for some position) or reads as a value. */
    private static boolean isReserved(String upper) {
        return ReservedWords.TABLE_NAMES.contains(upper) || ALSO_QUOTED.contains(upper);
    }

    /** The SQL that names a column or table of stored name {@code stored}: as stored when Altibase takes it unquoted, else quoted. */
    static String ofStored(String stored) {
        return isPlain(stored) && stored.equals(upper(stored)) ? stored : QualifiedName.quote(stored);
    }

    private static String backtickContent(String written) {
        return written.substring(1, written.length() - 1).replace("``", "`");
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Upper case as Altibase folds names: ASCII letters only. */
    static String upper(String name) {
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
