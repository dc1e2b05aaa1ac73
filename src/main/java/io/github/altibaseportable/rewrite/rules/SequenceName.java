package io.github.altibaseportable.rewrite.rules;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

import io.github.altibaseportable.rewrite.QualifiedName;

/**
 * The name of the implicit sequence of an identity column (README, "Identity columns"): {@code <table>_<column>_SEQ} in
 * the table's schema. Built from stored names (unquoted names upper-cased), so that the sequence a
 * {@code CREATE TABLE} made is found again from the catalog when the table is dropped. Written quoted
 * when the table or column name was quoted (or the name is not a plain identifier), unquoted otherwise.
 * A name longer than {@value #MAX_BYTES} bytes (UTF-8) keeps its first bytes and ends with the CRC-32 of
 * the whole name, so the same table and column always give the same name.
 *
 * @param schema the schema as written in SQL, or {@code null}
 * @param name   the sequence name as stored in the catalog
 * @param quoted whether the name is written quoted
 */
public record SequenceName(String schema, String name, boolean quoted) {
    /** Altibase's documented identifier limit. */
    static final int MAX_BYTES = 40;
    private static final String SUFFIX = "_SEQ";
    private static final int HASH_LENGTH = 8;

    /** The implicit sequence of {@code column} (as written) of the table {@code schema.table} (as written). */
    public static SequenceName of(String schema, String table, String column) {
        String name = storedName(QualifiedName.stored(table), QualifiedName.stored(column));
        boolean quoted = QualifiedName.isQuoted(table) || QualifiedName.isQuoted(column) || !isPlain(name);
        String writtenSchema = schema == null ? null
                : QualifiedName.isQuoted(schema) ? schema : QualifiedName.stored(schema);
        return new SequenceName(writtenSchema, name, quoted);
    }

    /** The stored name of the implicit sequence of the stored {@code column} of the stored {@code table}. */
    public static String storedName(String table, String column) {
        String full = table + "_" + column + SUFFIX;
        byte[] bytes = full.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return full;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String hash = String.format(Locale.ROOT, "%08X", crc.getValue());
        String base = table + "_" + column;
        return prefix(base, MAX_BYTES - SUFFIX.length() - HASH_LENGTH - 1) + "_" + hash + SUFFIX;
    }

    /** The longest prefix of {@code text} of at most {@code maxBytes} UTF-8 bytes, cut between characters. */
    private static String prefix(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '$' || c == '#'))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /** The sequence as the catalog stores it (schema upper-cased unless quoted). */
    public QualifiedName stored() {
        return new QualifiedName(schema == null ? null : QualifiedName.stored(schema), name);
    }

    /** The sequence name as SQL: {@code [schema.]name}, quoted as described above. */
    public String sql() {
        String written = quoted ? QualifiedName.quote(name) : name;
        return schema == null ? written : schema + "." + written;
    }

    @Override
    public String toString() {
        return sql();
    }
}
