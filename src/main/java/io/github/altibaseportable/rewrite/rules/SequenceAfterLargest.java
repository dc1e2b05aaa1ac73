package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.catalog.TableColumns;
import io.github.altibaseportable.rewrite.CatalogSteps;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code CREATE SEQUENCE} that gives an existing column an implicit sequence: it starts after the
 * largest value the column holds (the smallest, for a descending sequence), so that new keys do not
 * collide with the rows already there; an empty table starts where a new identity would.
 */
final class SequenceAfterLargest implements CatalogSteps {
    private final QualifiedName table;
    private final String column;
    private final String sequence;
    private final SequenceOptions options;

    /** For {@code column} (stored name) of {@code table}, creating {@code sequence} (as SQL) with {@code options}. */
    SequenceAfterLargest(QualifiedName table, String column, String sequence, SequenceOptions options) {
        this.table = table;
        this.column = column;
        this.sequence = sequence;
        this.options = options;
    }

    @Override
    public List<Step> resolve(Connection altibase) throws SQLException {
        boolean ascending = options.increment() > 0;
        Long extreme = TableColumns.extreme(altibase, table, column, ascending);
        long start = extreme == null ? options.defaultStart() : Math.addExact(extreme, options.increment());
        return List.of(
                Step.of(options.createSequence(sequence, String.valueOf(start))).withUndo("DROP SEQUENCE " + sequence));
    }

    @Override
    public String describe() {
        String extreme = options.increment() > 0 ? "largest " : "smallest ";
        return options.createSequence(
                sequence,
                "<the " + extreme + column + " of " + table + " "
                        + (options.increment() > 0 ? "+ " : "- ") + Math.abs(options.increment())
                        + ", or " + options.defaultStart() + " if it is empty>");
    }
}
