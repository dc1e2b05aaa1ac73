package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The word lists read from the measured {@code altibase-reserved-words.tsv}, and what the reserved-names
 * rule does with every word of them in the positions the file measured.
 */
class ReservedWordsTest {
    /** Words JSqlParser 5.4 cannot read as a table name ({@code SELECT x FROM pivot ...} is not parsed). */
    private static final Set<String> UNREAD_AS_TABLES =
            Set.of("CONNECT_BY_ROOT", "NOCYCLE", "PIVOT", "RETURNING", "STATEMENT", "UNPIVOT");
    /** Words JSqlParser 5.4 cannot read as a qualified column name, or reads as a value there. */
    private static final Set<String> UNREAD_AS_COLUMNS = Set.of("CONNECT_BY_ROOT", "RETURNING");

    private final RewriteEngine engine = new RewriteEngine(List.of(new ReservedNamesRule()), 0, ParseLimits.DEFAULT);

    @Test
    void theListsHoldWhatTheServerRefusedWhere() {
        assertEquals(256, ReservedWords.TABLE_NAMES.size());
        assertEquals(98, ReservedWords.COLUMN_NAMES.size());
        assertEquals(ReservedWords.COLUMN_NAMES, ReservedWords.ALIASES);
        assertTrue(ReservedWords.TABLE_NAMES.containsAll(ReservedWords.COLUMN_NAMES));
        for (String tableOnly : List.of("SEQUENCE", "TYPE", "COMMENT", "KEY", "LIMIT", "QUEUE")) {
            assertTrue(ReservedWords.TABLE_NAMES.contains(tableOnly), tableOnly);
            assertFalse(ReservedWords.COLUMN_NAMES.contains(tableOnly), tableOnly);
        }
        for (String everywhere : List.of("LEVEL", "MODE", "START", "SESSION", "NEW", "OLD", "ROW")) {
            assertTrue(ReservedWords.COLUMN_NAMES.contains(everywhere), everywhere);
        }
        for (String name : List.of("USER", "DATE", "VALUE", "SIZE", "STATUS", "POSITION", "NAME")) {
            assertFalse(ReservedWords.TABLE_NAMES.contains(name), name + " is accepted by the server");
        }
    }

    /**
     * Every reserved word as a table name and as a qualified column name: quoted, or left as written only
     * where JSqlParser cannot read the statement or reads the word as something else. The words left are
     * the measured limits the README states.
     */
    @Test
    void everyReservedWordIsQuotedWhereItStandsAsAName() {
        Set<String> tablesLeft = new TreeSet<>();
        Set<String> columnsLeft = new TreeSet<>();
        for (String word : ReservedWords.TABLE_NAMES) {
            String name = word.toLowerCase(Locale.ROOT);
            if (!quoted("SELECT x FROM " + name + " WHERE x = 1", "SELECT x FROM \"" + word + "\" WHERE x = 1")) {
                tablesLeft.add(word);
            }
            if (ReservedWords.COLUMN_NAMES.contains(word)
                    && !quoted("SELECT t." + name + " FROM t", "SELECT t.\"" + word + "\" FROM t")) {
                columnsLeft.add(word);
            }
        }
        Set<String> expectedTables = new TreeSet<>(ReservedNamesRule.CLAUSE_KEYWORDS);
        expectedTables.addAll(UNREAD_AS_TABLES);
        assertEquals(expectedTables, tablesLeft);
        Set<String> expectedColumns = new TreeSet<>(ReservedNamesRule.CLAUSE_KEYWORDS);
        expectedColumns.retainAll(ReservedWords.COLUMN_NAMES);
        expectedColumns.addAll(UNREAD_AS_COLUMNS);
        assertEquals(expectedColumns, columnsLeft);
    }

    private boolean quoted(String sql, String expected) {
        StatementPlan plan = engine.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
        return plan.outcome() == PlanOutcome.REWRITTEN && plan.sql().equals(expected);
    }
}
