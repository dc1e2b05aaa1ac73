package io.github.altibaseportable.rewrite;

/**
 * A table or sequence name as the catalog stores it: {@code schema} (the owner; {@code null} for the
 * connected user's schema) and {@code name}. Altibase folds unquoted names to upper case (ASCII letters
 * only) and keeps {@code "quoted"} names exactly; MySQL's backquoted names are case-insensitive, so they
 * fold too.
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a name is needed");
        }
    }

    /** The stored name of {@code schema.name} as written in SQL ({@code schema} may be {@code null}). */
    public static QualifiedName written(String schema, String name) {
        return new QualifiedName(schema == null ? null : stored(schema), stored(name));
    }

    /** Whether {@code written} is a double-quoted name. */
    public static boolean isQuoted(String written) {
        return written.length() >= 2 && written.charAt(0) == '"' && written.charAt(written.length() - 1) == '"';
    }

    /** One name as written in SQL, as the catalog stores it. */
    public static String stored(String written) {
        if (isQuoted(written)) {
            return written.substring(1, written.length() - 1);
        }
        boolean backquoted =
                written.length() >= 2 && written.charAt(0) == '`' && written.charAt(written.length() - 1) == '`';
        char[] chars =
                (backquoted ? written.substring(1, written.length() - 1).replace("``", "`") : written).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** A stored name as a quoted name, which Altibase reads back exactly (a stored name holds no {@code "}). */
    public static String quote(String storedName) {
        return '"' + storedName + '"';
    }

    /** The name as SQL that reads back this very object: {@code "SCHEMA"."NAME"}, quoted. */
    public String quoted() {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
