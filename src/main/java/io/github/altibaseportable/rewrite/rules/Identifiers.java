package io.github.altibaseportable.rewrite.rules;

import java.util.Set;

import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;

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
     * Altibase's reserved words (V$RESERVED_WORDS of 7.2, both kinds: those reserved everywhere and
     * those reserved for object names), and the names it reads as values (SYSDATE ...): such a name is
     * quoted.
     */
    private static final Set<String> RESERVED = Set.of(
            "ADD", "ALL", "ALTER", "AND", "ANY", "APPLY", "AS", "ASC", "BETWEEN", "BULK", "BY", "CASE", "COLUMN",
            "COMPRESS", "CONNECT", "CONNECT_BY_ROOT", "CONSTANT", "CONSTRAINT", "CREATE", "CROSS", "DEFAULT",
            "DELETE", "DESC", "DISTINCT", "DROP", "DUMP_CALLSTACKS", "ELSE", "EXCEPTION", "EXISTS", "FALSE", "FOR",
            "FOREIGN", "FROM", "GRANT", "GROUP", "HAVING", "IDENTIFIED", "IN", "INDEX", "INSERT", "INSTEAD",
            "INTERSECT", "INTO", "IS", "KEEP", "LATERAL", "LEVEL", "LIKE", "LINK", "LINKER", "LOB", "LOCAL",
            "LOCALUNIQUE", "LOCK", "LOGANCHOR", "LOGGING", "LOOP", "MATERIALIZED", "MAXROWS", "MAXTRANS", "MERGE",
            "MINUS", "MODE", "MODIFY", "MOVE", "MOVEMENT", "NEW", "NOARCHIVELOG", "NOAUDIT", "NOCOPY", "NOCYCLE",
            "NOLOGGING", "NOPARALLEL", "NOT", "NULL", "NULLS", "OF", "OFF", "OFFLINE", "OLD", "ON", "ONLINE",
            "OPEN", "OR", "ORDER", "OTHERS", "OUT", "OUTER", "OVER", "PACKAGE", "PARALLEL", "PARAMETERS",
            "PARTITION", "PARTITIONS", "PIVOT", "PRECEDING", "PRIMARY", "PRIOR", "PRIVILEGES", "PROCEDURE",
            "PURGE", "QUEUE", "RAISE", "READ", "REBUILD", "RECOVER", "REFERENCES", "REFERENCING", "REMOTE_TABLE",
            "REMOTE_TABLE_STORE", "REMOVE", "RENAME", "REORGANIZE", "REPLACE", "REPLICATION", "RETURN",
            "RETURNING", "REVOKE", "RIGHT", "ROLLBACK", "ROLLUP", "ROW", "ROWCOUNT", "ROWNUM", "ROWTYPE",
            "SAVEPOINT", "SEGMENT", "SELECT", "SEQUENCE", "SESSION", "SET", "SHARD", "SHRINK_MEMPOOL", "SOME",
            "SPECIFICATION", "SPLIT", "SQLCODE", "SQLERRM", "START", "STATEMENT", "STEP", "STORAGE", "STORE",
            "SUPPLEMENTAL", "SYNONYM", "TABLE", "TABLESPACE", "TEMPORARY", "THAN", "THEN", "TO", "TOP", "TRIGGER",
            "TRUE", "TRUNCATE", "TYPE", "TYPESET", "UNCOMPRESSED", "UNION", "UNIQUE", "UNLOCK", "UNPIVOT", "UNTIL",
            "UPDATE", "USING", "VALUES", "VARIABLE", "VARIABLE_LARGE", "VC2COLL", "VIEW", "VOLATILE", "WAIT",
            "WHEN", "WHENEVER", "WHERE", "WHILE", "WITH", "WITHIN", "WORK", "WRAPPED", "WRITE", "_PROWID",
            "ACCESS", "AFTER", "AGER", "ARCHIVE", "ARCHIVELOG", "AT", "AUDIT", "AUTHID", "AUTOEXTEND", "BACKUP",
            "BEFORE", "BEGIN", "BODY", "CASCADE", "CAST", "CHECKPOINT", "CLOSE", "COALESCE", "COMMENT", "COMMIT",
            "COMPILE", "COMPRESSED", "CONJOIN", "CONSTRAINTS", "CONTINUE", "CUBE", "CURRENT_USER", "CURSOR",
            "CYCLE", "DATABASE", "DECLARE", "DECRYPT", "DEFINER", "DELAUDIT", "DEQUEUE", "DETERMINISTIC",
            "DIRECTORY", "DISABLE", "DISASTER", "DISCONNECT", "DISJOIN", "EACH", "ELSEIF", "ELSIF", "ENABLE", "END",
            "ENQUEUE", "ESCAPE", "EXEC", "EXECUTE", "EXIT", "EXTENT", "EXTENTSIZE", "FETCH", "FIFO", "FIXED",
            "FLASHBACK", "FLUSH", "FLUSHER", "FOLLOWING", "FULL", "FUNCTION", "GOTO", "IF", "INITRANS", "INNER",
            "ISOLATION", "JOIN", "KEY", "LANGUAGE", "LEFT", "LESS", "LIBRARY", "LIFO", "LIMIT",
            "SYSDATE", "SYSTIMESTAMP", "SYSDATETIME", "CURRENT_DATE", "CURRENT_TIMESTAMP", "UNIX_DATE",
            "UNIX_TIMESTAMP");

    private Identifiers() {
    }

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

    /** The Altibase spelling of one name part as written: a MySQL backtick name is case-insensitive. */
    static String spelling(String written) {
        return isBacktick(written) ? caseInsensitive(backtickContent(written)) : written;
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
        if (name.isEmpty() || !isLetter(name.charAt(0)) && name.charAt(0) != '_') {
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
        return !systemPrefix && !RESERVED.contains(upper);
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
                chars[i] -= 'a' - 'A';
            }
        }
        return new String(chars);
    }
}
