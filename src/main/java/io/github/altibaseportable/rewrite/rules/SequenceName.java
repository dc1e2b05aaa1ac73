package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.QualifiedName;
import java.util.List;

/**
 * The name of the implicit sequence of an identity column (README, "Identity columns"): {@code <table>_<column>_SEQ} in
 * the table's schema. Built from stored names (unquoted names upper-cased), so that the sequence a
 * {@code CREATE TABLE} made is found again from the catalog when the table is dropped. Written quoted
 * when the table or column name was quoted (or the name is not a plain identifier), unquoted otherwise;
 * shortened as {@link ObjectNames} says.
 *
 * @param schema the schema as written in SQL, or {@code null}
 * @param name   the sequence name as stored in the catalog
 * @param quoted whether the name is written quoted
 */
public record SequenceName(String schema, String name, boolean quoted) {
    private static final String SUFFIX = "_SEQ";

    /** The implicit sequence of {@code column} (as written) of the table {@code schema.table} (as written). */
    public static SequenceName of(String schema, String table, String column) {
        String name = storedName(QualifiedName.stored(table), QualifiedName.stored(column));
        boolean quoted = ObjectNames.quoted(List.of(table, column), name);
        String writtenSchema =
                schema == null ? null : QualifiedName.isQuoted(schema) ? schema : QualifiedName.stored(schema);
        return new SequenceName(writtenSchema, name, quoted);
    }

    /** The stored name of the implicit sequence of the stored {@code column} of the stored {@code table}. */
    public static String storedName(String table, String column) {
        return ObjectNames.shortened(table + "_" + column, SUFFIX);
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
