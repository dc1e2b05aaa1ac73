package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable data types Altibase lacks, and the Altibase type each becomes.
 *
 * <p>Altibase has no BOOLEAN, TEXT, TINYINT, JSON, UUID or binary-string column types, and no
 * datetime type but {@code DATE} (which keeps microseconds). Its {@code TIMESTAMP} is a
 * system-maintained change stamp, so no portable datetime type ever becomes {@code TIMESTAMP}.
 * BOOLEAN becomes {@code SMALLINT} holding 1 for true and 0 for false. TEXT, JSON and BYTEA become
 * 32000-byte {@code VARCHAR} / {@code VARBYTE} rather than LOBs, because Altibase refuses LOB access in
 * autocommit mode and cannot compare, index or CAST LOBs; only MySQL's MEDIUMTEXT and LONGTEXT, whose
 * values may not fit, become {@code CLOB}.
 */
final class TypeMapping {
    /** Altibase's type for each portable base type whose arguments and modifiers are dropped. */
    private static final Map<String, String> REPLACED = Map.ofEntries(
            Map.entry("BOOLEAN", BooleanMapping.COLUMN_TYPE),
            Map.entry("BOOL", BooleanMapping.COLUMN_TYPE),
            Map.entry("TEXT", "VARCHAR(32000)"),
            Map.entry("TINYTEXT", "VARCHAR(255)"),
            Map.entry("MEDIUMTEXT", "CLOB"),
            Map.entry("LONGTEXT", "CLOB"),
            Map.entry("JSON", "VARCHAR(32000)"),
            Map.entry("JSONB", "VARCHAR(32000)"),
            Map.entry("UUID", "CHAR(36)"),
            Map.entry("BYTEA", "VARBYTE(32000)"),
            Map.entry("TIMESTAMP", "DATE"),
            Map.entry("TIMESTAMPTZ", "DATE"),
            Map.entry("DATETIME", "DATE"),
            Map.entry("TIME", "DATE"),
            Map.entry("TIMETZ", "DATE"),
            Map.entry("INT2", "SMALLINT"),
            Map.entry("INT4", "INTEGER"),
            Map.entry("INT8", "BIGINT"),
            Map.entry("FLOAT4", "REAL"),
            Map.entry("FLOAT8", "DOUBLE"),
            Map.entry("OID", "BLOB"));

    /** Altibase's name for each portable base type whose arguments are kept: {@code BINARY(16)} -> {@code BYTE(16)}. */
    private static final Map<String, String> RENAMED = Map.of(
            "BINARY", "BYTE",
            "VARBINARY", "VARBYTE",
            "VARCHAR2", "VARCHAR",
            "NVARCHAR2", "NVARCHAR",
            "VARCHAR_IGNORECASE", "VARCHAR");

    /**
     * MySQL's integer types, and the Altibase type of each, signed and {@code UNSIGNED}: the smallest
     * that holds the range (the smallest value of each Altibase integer type is NULL; docs/altibase.md, "DDL").
     * A display width ({@code INT(11)}) and {@code ZEROFILL} only format values and are dropped.
     */
    private static final Map<String, String[]> INTEGERS = Map.of(
            "TINYINT", new String[] {"SMALLINT", "SMALLINT"},
            "SMALLINT", new String[] {"SMALLINT", "INTEGER"},
            "MEDIUMINT", new String[] {"INTEGER", "INTEGER"},
            "INT", new String[] {"INTEGER", "BIGINT"},
            "INTEGER", new String[] {"INTEGER", "BIGINT"},
            "BIGINT", new String[] {"BIGINT", "NUMERIC(20)"});

    /** The words of all the types above, for the lexical pre-check. */
    static final Set<String> TRIGGER_WORDS = Set.of(
            "BOOLEAN",
            "BOOL",
            "TINYINT",
            "TEXT",
            "TINYTEXT",
            "MEDIUMTEXT",
            "LONGTEXT",
            "JSON",
            "JSONB",
            "UUID",
            "BYTEA",
            "TIMESTAMP",
            "TIMESTAMPTZ",
            "DATETIME",
            "TIME",
            "TIMETZ",
            "PRECISION",
            "BINARY",
            "VARBINARY",
            "VARCHAR2",
            "NVARCHAR2",
            "INT2",
            "INT4",
            "INT8",
            "FLOAT4",
            "FLOAT8",
            "OID",
            "FLOAT",
            "VARCHAR_IGNORECASE",
            "MEDIUMINT",
            "UNSIGNED",
            "SIGNED",
            "ZEROFILL",
            "ENUM");

    /** Altibase's own integer types, which need a rewrite only with a display width: {@code INT(11)}. */
    static final Set<String> WIDTH_TRIGGER_WORDS = Set.of("SMALLINT", "INT", "INTEGER", "BIGINT");

    /** The most decimal digits Altibase's {@code FLOAT(p)} takes; a larger p can only be binary precision. */
    private static final int ALTIBASE_FLOAT_DIGITS = 38;
    /** {@code FLOAT(p)} written as one token. */
    private static final Pattern FLOAT_PRECISION = Pattern.compile("(?i)float\\s*\\(\\s*([0-9]+)\\s*\\)");

    private static final Set<String> INTEGER_FLAGS = Set.of("UNSIGNED", "SIGNED", "ZEROFILL");
    private static final Set<String> TIME_ZONE_WORDS = Set.of(
            "WITH", "WITHOUT", "LOCAL", "TIME", "ZONE", "WITH TIME ZONE", "WITHOUT TIME ZONE", "WITH LOCAL TIME ZONE");

    private TypeMapping() {}

    /**
     * The edit that turns the type starting at token {@code first} (and ending at or before token
     * {@code limit}) into its Altibase type, or {@code null} when Altibase knows the type.
     */
    static Edit edit(ParsedStatement statement, int first, int limit) {
        String image = statement.tokenText(first);
        String base = baseWord(image);
        String renamed = RENAMED.get(base);
        if (renamed != null) {
            int begin = statement.tokenBegin(first);
            return Edit.replace(begin, begin + base.length(), renamed);
        }
        if (INTEGERS.containsKey(base)) {
            return integer(statement, first, limit, base);
        }
        String replaced = REPLACED.get(base);
        int last = first;
        if (replaced == null && base.equals("FLOAT")) {
            return binaryFloat(statement, first, limit);
        }
        if (replaced == null) {
            if (!base.equals("DOUBLE") || !statement.isWord(first + 1, "PRECISION") || first + 1 > limit) {
                return null;
            }
            replaced = "DOUBLE";
            last = first + 1;
        }
        if (last < limit && statement.tokenText(last + 1).equals("(")) {
            last = Math.min(TokenSegments.skipGroup(statement, last + 1), limit);
        }
        while (last < limit && isModifier(base, statement.tokenText(last + 1))) {
            last++;
        }
        return Edit.replace(statement.tokenBegin(first), statement.tokenEnd(last), replaced);
    }

    /**
     * Why the column type starting at token {@code first} (ending at or before {@code limit}) has no Altibase
     * form: MySQL's {@code ENUM(...)}, or {@code UNSIGNED}/{@code ZEROFILL} after a type that is not an
     * integer; {@code null} otherwise.
     */
    static String unsupported(ParsedStatement statement, int first, int limit) {
        String base = baseWord(statement.tokenText(first));
        if (base.equals("ENUM")) {
            return "MySQL ENUM columns have no Altibase type; use VARCHAR with a CHECK constraint";
        }
        if (INTEGERS.containsKey(base)) {
            return null;
        }
        int last = first;
        if (last < limit && statement.tokenText(last + 1).equals("(")) {
            last = Math.min(TokenSegments.skipGroup(statement, last + 1), limit);
        }
        return last < limit && isIntegerFlag(statement.tokenText(last + 1))
                ? "MySQL " + Identifiers.upper(statement.tokenText(last + 1)) + " on " + base
                        + " has no Altibase form; leave it out"
                : null;
    }

    /**
     * A MySQL integer type with a display width or flags ({@code INT(4) UNSIGNED}), or one Altibase lacks
     * ({@code TINYINT}, {@code MEDIUMINT}): its Altibase type. A plain {@code INT} or {@code BIGINT} stays.
     */
    private static Edit integer(ParsedStatement statement, int first, int limit, String base) {
        int last = first;
        if (last < limit && statement.tokenText(last + 1).equals("(")) {
            last = Math.min(TokenSegments.skipGroup(statement, last + 1), limit);
        }
        boolean unsigned = false;
        while (last < limit && isIntegerFlag(statement.tokenText(last + 1))) {
            unsigned |= statement.isWord(++last, "UNSIGNED");
        }
        boolean inline = statement.tokenText(first).length() > base.length();
        if (last == first && !inline && !base.equals("TINYINT") && !base.equals("MEDIUMINT")) {
            return null;
        }
        return Edit.replace(
                statement.tokenBegin(first), statement.tokenEnd(last), INTEGERS.get(base)[unsigned ? 1 : 0]);
    }

    /** Whether {@code token} is one of MySQL's integer flags ({@code UNSIGNED}, {@code SIGNED}, {@code ZEROFILL}). */
    static boolean isIntegerFlag(String token) {
        return INTEGER_FLAGS.contains(token.toUpperCase(Locale.ROOT));
    }

    /**
     * {@code FLOAT(p)} with {@code p} above 38, which Altibase's decimal FLOAT cannot take, is the SQL
     * standard's binary precision (Hibernate writes {@code float(53)} for {@code double}): it becomes
     * {@code DOUBLE}. Other FLOATs are Altibase's own and stay.
     */
    private static Edit binaryFloat(ParsedStatement statement, int first, int limit) {
        String image = statement.tokenText(first);
        Matcher inline = FLOAT_PRECISION.matcher(image);
        int last = first;
        String digits = null;
        if (inline.matches()) {
            digits = inline.group(1);
        } else if (first + 3 <= limit
                && statement.tokenText(first + 1).equals("(")
                && statement.tokenText(first + 3).equals(")")) {
            digits = statement.tokenText(first + 2);
            last = first + 3;
        }
        if (digits == null || !digits.matches("[0-9]{1,4}") || Integer.parseInt(digits) <= ALTIBASE_FLOAT_DIGITS) {
            return null;
        }
        return Edit.replace(statement.tokenBegin(first), statement.tokenEnd(last), "DOUBLE");
    }

    /** The type name a token starts with, in upper case: {@code timestamp(3) with time zone} -> {@code TIMESTAMP}. */
    private static String baseWord(String image) {
        int end = 0;
        while (end < image.length() && (Character.isLetterOrDigit(image.charAt(end)) || image.charAt(end) == '_')) {
            end++;
        }
        return image.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** Whether {@code token} continues type {@code base}: a time zone clause. */
    private static boolean isModifier(String base, String token) {
        String word = token.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return "DATE".equals(REPLACED.get(base)) && TIME_ZONE_WORDS.contains(word);
    }
}
