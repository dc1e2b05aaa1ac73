package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's paging table on a live server (docs/altibase.md, "Row limiting"): an ordered table of 100 rows, every portable paging
 * form, offsets 0, 1, 5, 99, 100, 150 and limits 0, 1, 10, with literal and bound values; the rows
 * returned must be exactly the expected window.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingLiveIT {
    private static final int ROWS = 100;
    private static final List<Integer> IDS =
            IntStream.rangeClosed(1, ROWS).boxed().collect(Collectors.toList());

    private final OwnedObjects objects = new OwnedObjects("PG");
    private final String table = objects.name("ROWS");
    private Connection connection;

    @BeforeAll
    void createTable() throws SQLException {
        if (!LiveDatabase.isConfigured()) {
            return;
        }
        connection = LiveDatabase.connect();
        LiveDatabase.execute(connection, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, v VARCHAR(10))");
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + table + " (id, v) VALUES (?, ?)")) {
            for (int id = 1; id <= ROWS; id++) {
                insert.setInt(1, id);
                insert.setString(2, "v" + id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    void dropTable() throws SQLException {
        if (connection != null) {
            try (Connection closing = connection) {
                objects.dropAllAndCheck(closing);
            }
        }
    }

    private List<Integer> query(String tail, Object... binds) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT id FROM " + table + " ORDER BY id " + tail)) {
            for (int i = 0; i < binds.length; i++) {
                query.setObject(i + 1, binds[i]);
            }
            List<Integer> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
            return ids;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFormReturnsTheExpectedWindow() {
        if (!LiveDatabase.isConfigured()) {
            return LiveDatabase.skipped();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Page page : Page.cases(ROWS)) {
            int offset = page.offset();
            int limit = page.limit();
            List<Integer> expected = page.of(IDS);
            check(tests, expected, "LIMIT " + limit + " OFFSET " + offset);
            check(tests, expected, "LIMIT ? OFFSET ?", limit, offset);
            check(tests, expected, "OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY");
            check(tests, expected, "OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", offset, limit);
            check(tests, expected, "LIMIT " + limit + " OFFSET ?", offset);
            check(tests, expected, "LIMIT ? OFFSET " + offset, limit);
            if (offset == 0) {
                check(tests, expected, "FETCH FIRST " + limit + " ROWS ONLY");
                check(tests, expected, "FETCH FIRST ? ROWS ONLY", limit);
                check(tests, expected, "LIMIT ?", limit);
            }
        }
        for (Page rest : Page.rests(ROWS)) {
            check(tests, rest.of(IDS), "OFFSET " + rest.offset() + " ROWS");
            check(tests, rest.of(IDS), "OFFSET ?", rest.offset());
        }
        check(tests, new Page(0, 1).of(IDS), "FETCH FIRST ROW ONLY");
        check(tests, new Page(5, 10).of(IDS), "LIMIT 6, 10");
        check(tests, new Page(5, 10).of(IDS), "LIMIT ?, ?", 6, 10);
        return tests.stream();
    }

    private void check(List<DynamicTest> tests, List<Integer> expected, String tail, Object... binds) {
        String name = tail + (binds.length == 0 ? "" : " " + List.of(binds));
        tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(expected, query(tail, binds), name)));
    }
}
