package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.stub.StubRows;
import io.github.altibaseportable.stub.StubSequence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A connection of the driver on the stub, as a user of its own (so that what the driver caches per server
 * and user starts empty), whose catalog (and server) holds BOOK (ID BIGINT defaulting to BOOK_ID_SEQ.NEXTVAL, TITLE
 * VARCHAR(20), PRICE NUMERIC(10, 2)), PLAIN (no sequence default) and SHAPE (ID defaulting to BOOK_ID_SEQ.NEXTVAL,
 * AREA GEOMETRY), with BOOK_ID_SEQ starting at 101 and
 * firing for {@code INSERT INTO book (title...) VALUES}, {@code INSERT INTO book VALUES (DEFAULT...} and
 * {@code INSERT INTO book (id, title) VALUES (BOOK_ID_SEQ.NEXTVAL...}.
 */
final class KeysHarness {
    static final String COLUMNS_QUERY = "SYSTEM_\\.SYS_COLUMNS_";

    final Harness harness;
    final String user;
    final StubSequence sequence;

    private KeysHarness(Harness harness, String user, StubSequence sequence) {
        this.harness = harness;
        this.user = user;
        this.sequence = sequence;
    }

    static KeysHarness open() throws SQLException {
        return open(new StubSequence("BOOK_ID_SEQ", 101));
    }

    /** A connection whose BOOK_ID_SEQ is {@code sequence}, which other connections may share. */
    static KeysHarness open(StubSequence sequence) throws SQLException {
        String user = ("keys_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
        KeysHarness keys = new KeysHarness(Harness.open("user", user), user, sequence);
        keys.harness.stub().onQuery(COLUMNS_QUERY, binds -> keys.columnsOf(String.valueOf(binds.get(1))));
        keys.harness
                .stub()
                .rules()
                .given(
                        "CREATE TABLE book (id BIGINT DEFAULT BOOK_ID_SEQ.NEXTVAL, title VARCHAR(20), price NUMERIC(10, 2))",
                        "CREATE TABLE plain (id INTEGER, name VARCHAR(10))",
                        "CREATE TABLE shape (id BIGINT DEFAULT BOOK_ID_SEQ.NEXTVAL, area GEOMETRY)");
        sequence.on(
                keys.harness.stub(),
                "^INSERT INTO book \\(title(, price)?\\) VALUES|^INSERT INTO book VALUES \\(DEFAULT"
                        + "|^INSERT INTO book \\(id, title\\) VALUES \\(BOOK_ID_SEQ\\.NEXTVAL");
        return keys;
    }

    /** The catalog's columns of {@code table}, as {@code TableColumns} reads them. */
    StubRows columnsOf(String table) {
        StubRows rows = StubRows.columns("USER_NAME", "COLUMN_NAME", "DATA_TYPE", "PRECISION", "SCALE", "DEFAULT_VAL");
        switch (table) {
            case "BOOK":
                return rows.row(user, "ID", -5, 19, 0, "BOOK_ID_SEQ.NEXTVAL")
                        .row(user, "TITLE", 12, 20, 0, null)
                        .row(user, "PRICE", 2, 10, 2, "0");
            case "PLAIN":
                return rows.row(user, "ID", 4, 10, 0, null).row(user, "NAME", 12, 10, 0, null);
            case "SHAPE":
                return rows.row(user, "ID", -5, 19, 0, "BOOK_ID_SEQ.NEXTVAL").row(user, "AREA", 10003, 0, 0, null);
            default:
                return rows;
        }
    }

    /** How many times the driver read the catalog's columns. */
    long catalogReads() {
        return harness.stub().executed().stream()
                .filter(sql -> sql.contains("SYS_COLUMNS_"))
                .count();
    }

    /** The SQL the stub ran, without catalog queries. */
    List<String> executed() {
        List<String> executed = new ArrayList<>(harness.stub().executed());
        executed.removeIf(sql -> sql.contains("SYSTEM_."));
        return executed;
    }

    /** Every row of column {@code column} of {@code keys}, as longs. */
    static List<Long> longs(ResultSet keys, String column) throws SQLException {
        List<Long> values = new ArrayList<>();
        while (keys.next()) {
            values.add(keys.getLong(column));
        }
        return values;
    }
}
