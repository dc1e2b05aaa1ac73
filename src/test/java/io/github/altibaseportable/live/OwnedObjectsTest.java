package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import io.github.altibaseportable.stub.StubRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * How the live suite finds and drops its objects, on the stub driver: the catalog query, the prefix
 * filter, and the statements sent. The stub's catalog does not change when it is sent DDL, so what it
 * lists before the tables are dropped it lists again after.
 */
class OwnedObjectsTest {
    private final OwnedObjects objects = new OwnedObjects("UT");
    private Connection connection;
    private StubConnection stub;

    @BeforeEach
    void open() throws SQLException {
        connection = new PortableDriver().connect("jdbc:altibase-portable://localhost/mydb", StubDriver.properties());
        stub = connection.unwrap(StubConnection.class);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void catalogHolds(String... namesAndTypes) {
        StubRows rows = StubRows.columns("TABLE_NAME", "TABLE_TYPE");
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            rows = rows.row(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        stub.onQuery("^SELECT TABLE_NAME, TABLE_TYPE FROM SYSTEM_\\.SYS_TABLES_", rows);
    }

    @Test
    void namesShareOnePrefixPerInstanceAndDifferBetweenInstances() {
        String book = objects.name("book");
        assertTrue(book.matches("UT_[0-9A-F]{8}_BOOK"), book);
        assertEquals(book.substring(0, 12), objects.name("AUTHOR").substring(0, 12));
        assertNotEquals(book, new OwnedObjects("UT").name("BOOK"));
    }

    @Test
    void listReadsTheUsersTablesViewsAndSequencesWithThePrefix() throws SQLException {
        String prefix = objects.name("");
        catalogHolds(
                objects.name("BOOK"), "T", objects.name("BOOK_ID_SEQ"), "S", prefix.replace('_', 'X') + "OTHER", "T");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(objects.name("BOOK"), "T");
        expected.put(objects.name("BOOK_ID_SEQ"), "S");
        assertEquals(expected, objects.list(connection), "a name LIKE matched through '_' is not ours");
        String query = stub.prepared().get(0);
        assertTrue(query.contains("USER_ID = USER_ID()") && query.contains("TABLE_TYPE IN ('T', 'V', 'S')"), query);
        assertEquals(List.of("setString(1, \"" + prefix + "%\")"), stub.events("setString"));
    }

    @Test
    void dropAllDropsViewsThenTablesThenWhatIsLeftAndReportsIt() throws SQLException {
        catalogHolds(objects.name("BOOK"), "T", objects.name("BOOK_ID_SEQ"), "S", objects.name("V"), "V");
        Map<String, String> left = objects.dropAll(connection);
        assertEquals(
                List.of(
                        "DROP VIEW " + objects.name("V"),
                        "DROP TABLE " + objects.name("BOOK"),
                        "DROP TABLE " + objects.name("BOOK"),
                        "DROP SEQUENCE " + objects.name("BOOK_ID_SEQ"),
                        "DROP VIEW " + objects.name("V")),
                drops());
        assertEquals(objects.list(connection), left);
    }

    @Test
    void dropAllAndCheckFailsOnlyWhenSomethingOutlivedItsTable() throws SQLException {
        catalogHolds();
        objects.dropAllAndCheck(connection);
        assertEquals(List.of(), drops());
        catalogHolds(objects.name("BOOK_ID_SEQ"), "S");
        AssertionFailedError failure =
                assertThrows(AssertionFailedError.class, () -> objects.dropAllAndCheck(connection));
        assertTrue(failure.getMessage().contains(objects.name("BOOK_ID_SEQ")), failure.getMessage());
        assertEquals(List.of("DROP SEQUENCE " + objects.name("BOOK_ID_SEQ")), drops());
    }

    private List<String> drops() {
        return stub.executed().stream().filter(sql -> sql.startsWith("DROP")).collect(Collectors.toList());
    }
}
