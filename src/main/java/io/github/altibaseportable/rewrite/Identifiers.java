package io.github.altibaseportable.rewrite;

import java.util.Locale;

/**
 * Altibase identifiers: how a name written in SQL is stored in the catalog (unquoted names folded to
 * upper case, quoted names exactly; MySQL's backquoted names are case-insensitive, so they fold too),
 * and how a stored name is written back.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** Whether {@code written} is a double-quoted identifier. */
    public static boolean isQuoted(String written) {
        return written.length() >= 2 && written.charAt(0) == '"' && written.charAt(written.length() - 1) == '"';
    }

    /** The name as the catalog stores it. */
    public static String catalogName(String written) {
        if (isQuoted(written)) {
            return written.substring(1, written.length() - 1);
        }
        String bare = written.length() >= 2 && written.charAt(0) == '`' && written.charAt(written.length() - 1) == '`'
                ? written.substring(1, written.length() - 1) : written;
        return bare.toUpperCase(Locale.ROOT);
    }

    /** A stored name as a quoted identifier, which Altibase reads back exactly (a stored name holds no {@code "}). */
    public static String quote(String catalogName) {
        return '"' + catalogName + '"';
    }
}
