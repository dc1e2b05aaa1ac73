package io.github.altibaseportable.rewrite.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Altibase's reserved words, by the positions where each one fails unquoted, loaded from the measured
 * list {@code altibase-reserved-words.tsv} beside this class (every word of {@code V$RESERVED_WORDS},
 * tried as a table name, a column name and a select alias on a server; docs/altibase.md, "Reserved
 * words"). Every word fails as a table name; about a hundred fail also as column names and aliases.
 */
final class ReservedWords {
    private static final String RESOURCE = "altibase-reserved-words.tsv";
    private static final String FAILS = "ERR";

    /** Words that fail unquoted as table (and other object) names: all of them. */
    static final Set<String> TABLE_NAMES;
    /** Words that fail unquoted as column names. */
    static final Set<String> COLUMN_NAMES;
    /** Words that fail unquoted as select-list aliases. */
    static final Set<String> ALIASES;

    static {
        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        try (InputStream in = ReservedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the driver's jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // keyword, reserved_type, as_table, as_column, as_alias
                String[] fields = line.split("\t");
                if (fields[2].equals(FAILS)) {
                    tables.add(fields[0]);
                }
                if (fields[3].equals(FAILS)) {
                    columns.add(fields[0]);
                }
                if (fields[4].equals(FAILS)) {
                    aliases.add(fields[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TABLE_NAMES = Set.copyOf(tables);
        COLUMN_NAMES = Set.copyOf(columns);
        ALIASES = Set.copyOf(aliases);
    }

    private ReservedWords() {}
}
