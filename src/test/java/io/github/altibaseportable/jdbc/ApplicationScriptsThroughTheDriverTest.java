package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reserved-names, date-literals and types rules through the driver: what the stub is prepared and
 * executed with when an application runs its schema script, its data script and its queries.
 */
class ApplicationScriptsThroughTheDriverTest extends StubbedConnectionTest {

    @Test
    void anIdGeneratorTableNamedSequenceIsUsedThroughEveryStatementKind() throws SQLException {
        stub.onUpdate("\"SEQUENCE\"", 1);
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE sequence (name varchar(30) not null, nextid int not null, primary key (name))");
            statement.executeUpdate("INSERT INTO sequence VALUES ('pets', 1000)");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE sequence SET nextid = ? WHERE name = ?")) {
            for (Map.Entry<String, Integer> next : List.of(Map.entry("pets", 1001), Map.entry("owners", 2001))) {
                update.setInt(1, next.getValue());
                update.setString(2, next.getKey());
                update.addBatch();
            }
            assertArrayEquals(new int[] {1, 1}, update.executeBatch());
            assertEquals(
                    List.of(Map.of(1, 1001, 2, "pets"), Map.of(1, 2001, 2, "owners")),
                    stub.lastPrepared().batched());
        }
        connection
                .prepareStatement("SELECT nextid FROM sequence WHERE name = ?")
                .close();
        assertEquals(
                List.of(
                        "CREATE TABLE \"SEQUENCE\" (name varchar(30) not null, nextid int not null, primary key (name))",
                        "INSERT INTO \"SEQUENCE\" VALUES ('pets', 1000)",
                        "UPDATE \"SEQUENCE\" SET nextid = ? WHERE name = ?",
                        "SELECT nextid FROM \"SEQUENCE\" WHERE name = ?"),
                statementsSent());
    }

    @Test
    void hibernatesQualifiedReservedColumnsAreQuoted() throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select l1_0.id,l1_0.level from levels l1_0 where l1_0.mode=?")) {
            select.setString(1, "hard");
            assertEquals(
                    "select l1_0.id,l1_0.\"LEVEL\" from levels l1_0 where l1_0.\"MODE\"=?",
                    stub.lastPrepared().sql());
            assertEquals(Map.of(1, "hard"), stub.lastPrepared().parameters());
        }
    }

    @Test
    void nativeSqlShowsTheRewrittenScriptLines() throws SQLException {
        assertEquals(
                "INSERT INTO visits VALUES (1, 7, TO_DATE('2013-01-01', 'YYYY-MM-DD'), 'rabies shot')",
                connection.nativeSQL("INSERT INTO visits VALUES (1, 7, DATE '2013-01-01', 'rabies shot')"));
        assertEquals(
                "CREATE TABLE owners (id BIGINT NOT NULL, last_name VARCHAR(30))",
                connection.nativeSQL(
                        "CREATE TABLE owners (id INT(4) UNSIGNED NOT NULL, last_name VARCHAR_IGNORECASE(30))"));
    }

    /** What reached the stub, prepared or executed, in order, without the driver's catalog queries. */
    private List<String> statementsSent() {
        return stub.events().stream()
                .filter(event -> event.matches("(?s)(prepare|execute\\w*): .*"))
                .map(event -> event.substring(event.indexOf(": ") + 2))
                .filter(sql -> !sql.contains("SYSTEM_."))
                .distinct()
                .toList();
    }
}
