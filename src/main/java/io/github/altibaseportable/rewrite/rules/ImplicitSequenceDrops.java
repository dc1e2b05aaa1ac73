package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.catalog.TableColumns;
import io.github.altibaseportable.rewrite.CatalogSteps;
import io.github.altibaseportable.rewrite.Guard;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code DROP SEQUENCE}s that follow {@code DROP TABLE}: one for each implicit sequence of the table,
 * that is each column whose default is the next value of the sequence named {@code <table>_<column>_SEQ}
 * (in the table's schema), each run only if that sequence exists. Read from the catalog before the table
 * is dropped, while its columns are still there. Sequences the application named itself are never dropped.
 */
final class ImplicitSequenceDrops implements CatalogSteps {
    private final QualifiedName table;

    /** For the table {@code table} (stored names). */
    ImplicitSequenceDrops(QualifiedName table) {
        this.table = table;
    }

    @Override
    public List<Step> resolve(Connection altibase) throws SQLException {
        List<Step> drops = new ArrayList<>();
        for (TableColumns.Column column : TableColumns.read(altibase, table)) {
            QualifiedName sequence = column.sequence();
            if (sequence != null
                    && sequence.name().equals(SequenceName.storedName(table.name(), column.name()))
                    && (table.schema() == null || Objects.equals(table.schema(), sequence.schema()))) {
                drops.add(Step.of("DROP SEQUENCE " + sequence.quoted())
                        .withGuard(Guard.ifExists(Guard.ObjectType.SEQUENCE, sequence.schema(), sequence.name())));
            }
        }
        return drops;
    }

    @Override
    public String describe() {
        return "then DROP SEQUENCE " + table.name() + "_<column>_SEQ for each column of " + table
                + " whose DEFAULT is that sequence's NEXTVAL, if the sequence exists (read from the catalog before the drop)";
    }
}
