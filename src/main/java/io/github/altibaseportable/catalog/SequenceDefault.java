package io.github.altibaseportable.catalog;

import io.github.altibaseportable.rewrite.QualifiedName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column's {@code SYS_COLUMNS_.DEFAULT_VAL} (the default's source text, as typed; docs/altibase.md, "Catalog tables":
 * {@code S.NEXTVAL} for {@code DEFAULT s.NEXTVAL}) for the sequence whose next value it is.
 */
public final class SequenceDefault {
    private static final String NAME = "(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$#]*)";
    private static final Pattern NEXT_VALUE = Pattern.compile(
            "\\s*(?:" + NAME + "\\s*\\.\\s*)?" + NAME + "\\s*\\.\\s*NEXTVAL\\s*", Pattern.CASE_INSENSITIVE);

    private SequenceDefault() {}

    /**
     * The sequence of a default {@code [schema.]seq.NEXTVAL}, or {@code null} for any other default;
     * an unqualified sequence is in {@code owner}'s schema, the schema of the table it is the default of.
     */
    public static QualifiedName sequence(String defaultValue, String owner) {
        if (defaultValue == null) {
            return null;
        }
        Matcher matcher = NEXT_VALUE.matcher(defaultValue);
        if (!matcher.matches()) {
            return null;
        }
        QualifiedName written = QualifiedName.written(matcher.group(1), matcher.group(2));
        return written.schema() != null ? written : new QualifiedName(owner, written.name());
    }
}
