package io.github.altibaseportable.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stub's server refuses at prepare what a live Altibase server refuses, with its error code, and
 * accepts what the server accepts: one group of statements per rule, each as it was run on the server.
 */
class StubServerRulesTest {
    private static final String URL = StubDriver.URL_PREFIX + "//localhost:20300/mydb";

    private final StubConnection connection = new StubConnection(URL, new Properties());

    /** Prepares {@code sql} on {@code on}, expecting the server's refusal with {@code code}; returns it. */
    private static SQLException refused(StubConnection on, int code, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> on.prepareStatement(sql), sql);
        assertEquals(code, e.getErrorCode(), sql + ": " + e.getMessage());
        return e;
    }

    private SQLException refused(int code, String sql) {
        return refused(connection, code, sql);
    }

    private void accepted(String sql) throws SQLException {
        connection.prepareStatement(sql).close();
    }

    private void run(String sql) throws SQLException {
        connection.createStatement().execute(sql);
    }

    // ---- sequences ------------------------------------------------------------------------------

    @Test
    void nextvalOfASequenceTheServerDoesNotHaveIsColumnNotFound() throws SQLException {
        SQLException e = refused(200792, "SELECT nope.NEXTVAL FROM DUAL");
        assertEquals("42S22", e.getSQLState());
        refused(200792, "CREATE TABLE a (id BIGINT DEFAULT A_ID_SEQ.NEXTVAL PRIMARY KEY, v VARCHAR(10))");
        run("CREATE SEQUENCE a_id_seq START WITH 1 INCREMENT BY 1");
        accepted("CREATE TABLE a (id BIGINT DEFAULT A_ID_SEQ.NEXTVAL PRIMARY KEY, v VARCHAR(10))");
        accepted("INSERT INTO a (id, v) VALUES (app.a_id_seq.NEXTVAL, 'n')");
        run("DROP SEQUENCE A_ID_SEQ");
        refused(200792, "SELECT A_ID_SEQ.NEXTVAL FROM DUAL");
    }

    @Test
    void aQuotedSequenceKeepsItsCase() throws SQLException {
        run("CREATE SEQUENCE \"Order_Id_SEQ\"");
        accepted("CREATE TABLE o (\"Id\" INTEGER DEFAULT \"Order_Id_SEQ\".NEXTVAL)");
        refused(200792, "SELECT Order_Id_SEQ.NEXTVAL FROM DUAL");
    }

    @Test
    void aSequenceExistsOnceItsCreateHasRunNotWhenItIsPrepared() throws SQLException {
        var create = connection.prepareStatement("CREATE SEQUENCE s");
        refused(200792, "SELECT s.NEXTVAL FROM DUAL");
        create.execute();
        accepted("SELECT s.NEXTVAL FROM DUAL");
    }

    @Test
    void aPlainStatementIsPreparedWhenItRunsAndARefusedOneRunsNothing() throws SQLException {
        Statement statement = connection.createStatement();
        assertEquals(
                200792,
                assertThrows(
                                SQLException.class,
                                () -> statement.execute("CREATE TABLE a (id BIGINT DEFAULT A_ID_SEQ.NEXTVAL)"))
                        .getErrorCode());
        assertFalse(connection.rules().hasSequence("A_ID_SEQ"));
        refused(200792, "SELECT A_ID_SEQ.NEXTVAL FROM DUAL");
        assertEquals(List.of(), connection.prepared());
    }

    // ---- multi-row VALUES -----------------------------------------------------------------------

    @Test
    void severalRowsIntoATableWithASequenceDefaultAreAnInvalidLiteral() throws SQLException {
        run("CREATE SEQUENCE s START WITH 1 INCREMENT BY 1");
        run("CREATE TABLE k (id BIGINT DEFAULT s.NEXTVAL PRIMARY KEY, v VARCHAR(10))");
        run("CREATE TABLE plain (id INTEGER, v VARCHAR(10))");
        assertEquals(
                "22018", refused(0, "INSERT INTO k (v) VALUES ('b'), ('c')").getSQLState());
        refused(0, "INSERT INTO k (title, price) VALUES (?, 1.5), ('m2', ?), ('m3', 3)");
        accepted("INSERT INTO k (v) VALUES ('a')");
        accepted("INSERT INTO k (v) SELECT 'b' FROM DUAL UNION ALL SELECT 'c' FROM DUAL");
        accepted("INSERT INTO plain (id, v) VALUES (1, 'a'), (2, 'b')");
    }

    @Test
    void aSequenceDefaultSetByAlterTableCounts() throws SQLException {
        connection.rules().given("CREATE SEQUENCE s", "CREATE TABLE k (id BIGINT, v VARCHAR(10))");
        accepted("INSERT INTO k (v) VALUES ('b'), ('c')");
        run("ALTER TABLE k ALTER (id SET DEFAULT s.NEXTVAL)");
        refused(0, "INSERT INTO k (v) VALUES ('b'), ('c')");
        run("DROP TABLE k");
        accepted("INSERT INTO k (v) VALUES ('b'), ('c')");
    }

    // ---- parameters in select lists -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ? FROM DUAL",
                "SELECT id, CASE WHEN id = ? THEN 1 ELSE 0 END FROM t",
                "SELECT id, id + ? FROM t",
                "SELECT id, CASE WHEN name = ? THEN 1 ELSE 0 END FROM t",
                "SELECT ID, CASE WHEN ID = ? THEN 1 WHEN NOT (ID = ?) THEN 0 END FROM t",
                "SELECT COALESCE(name, ?) FROM t",
                "SELECT name || ? FROM t",
                "SELECT CASE WHEN a = 1 THEN CASE WHEN b = ? THEN 1 END END FROM t",
                "SELECT id, (SELECT ? FROM DUAL) FROM t",
                "INSERT INTO t (id, name) SELECT ?, 'x' FROM DUAL",
                "MERGE INTO t USING (SELECT ? AS id, 'z' AS name FROM DUAL) s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET name = s.name",
            })
    void aParameterInASelectListExpressionIsAnInvalidUseOfHostVariables(String sql) {
        refused(201275, sql);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT CAST(? AS INTEGER) FROM DUAL",
                "SELECT id, CASE WHEN id = CAST(? AS INTEGER) THEN 1 ELSE 0 END FROM t",
                "SELECT id, (SELECT COUNT(*) FROM t x WHERE x.id = ?) FROM t",
                "SELECT id FROM t WHERE id = ?",
                "SELECT id FROM t WHERE id IN (SELECT id FROM u WHERE v = ?) ORDER BY id LIMIT ?",
                "SELECT '?' FROM DUAL",
                "INSERT INTO t (id, name) VALUES (?, ?)",
                "UPDATE t SET name = ? WHERE id = ?",
            })
    void aCastParameterOrOneOutsideSelectListsIsFine(String sql) throws SQLException {
        accepted(sql);
    }

    // ---- row limiting ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT id FROM t ORDER BY id LIMIT 3 OFFSET 2",
                "SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?",
                "SELECT id FROM t ORDER BY id LIMIT 1+?, ?",
                "SELECT id FROM t ORDER BY id OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY",
                "SELECT id FROM t ORDER BY id FETCH FIRST 3 ROWS ONLY",
            })
    void rowLimitingOtherThanLimitIsASyntaxError(String sql) {
        assertEquals("42000", refused(200705, sql).getSQLState());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT id FROM t ORDER BY id LIMIT 3",
                "SELECT id FROM t ORDER BY id LIMIT 2, 3",
                "SELECT id FROM t ORDER BY id LIMIT ?, ?",
                "SELECT id FROM t ORDER BY id LIMIT 8, 9223372036854775807",
                "SELECT id FROM (SELECT id FROM t ORDER BY id LIMIT 3, 4) x",
                "SELECT id FROM t LIMIT 2 FOR UPDATE",
                "DELETE FROM t LIMIT 1",
            })
    void limitWithLiteralsOrParametersIsFine(String sql) throws SQLException {
        accepted(sql);
    }

    @Test
    void aTestSwitchesOneRuleOffByName() throws SQLException {
        String sql = "SELECT id FROM t ORDER BY id LIMIT 3 OFFSET 2";
        connection.rules().permit(StubServerRules.Rule.ROW_LIMITING);
        accepted(sql);
        refused(201275, "SELECT ? FROM DUAL");
        refused(new StubConnection(URL, new Properties()), 200705, sql);
    }

    // ---- dates ----------------------------------------------------------------------------------

    private static StubConnection withDateFormat(String url, String format) throws SQLException {
        Properties properties = new Properties();
        if (format != null) {
            properties.setProperty(StubServerRules.DATE_FORMAT_PROPERTY, format);
        }
        StubConnection connection = new StubConnection(url, properties);
        connection.createStatement().execute("CREATE TABLE ev (id INTEGER, born DATE, note VARCHAR(20))");
        return connection;
    }

    @Test
    void isoDateTextForADateColumnDoesNotMatchTheDefaultFormat() throws SQLException {
        StubConnection standard = withDateFormat(URL, null);
        refused(standard, 135224, "INSERT INTO ev (id, born) VALUES (1, '2010-09-07')");
        refused(standard, 135224, "INSERT INTO ev VALUES (1, '2010-09-07 10:11:12', 'x')");
        refused(standard, 135224, "SELECT id FROM ev WHERE born = '2010-09-07'");
        refused(standard, 135224, "UPDATE ev SET born = '2010-09-07 10:11' WHERE id = 1");
        standard.prepareStatement("INSERT INTO ev (id, born) VALUES (1, '07-SEP-2010')");
        standard.prepareStatement("INSERT INTO ev (id, born) VALUES (1, TO_DATE('2010-09-07', 'YYYY-MM-DD'))");
        standard.prepareStatement("INSERT INTO ev (id, note) VALUES (1, '2010-09-07')");
        standard.prepareStatement("SELECT id FROM other WHERE born = '2010-09-07'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATE '2010-09-07'", "TIMESTAMP '2010-09-07 10:11:12'"})
    void typedDateLiteralsAreASyntaxError(String literal) throws SQLException {
        refused(
                withDateFormat(URL, "YYYY-MM-DD HH24:MI:SS.SSSSSS"),
                200705,
                "SELECT id FROM ev WHERE born = " + literal);
    }

    @Test
    void anIsoDateFormatPropertyOrUrlOptionReadsIsoText() throws SQLException {
        StubConnection iso = withDateFormat(URL, "YYYY-MM-DD HH24:MI:SS.SSSSSS");
        StubConnection isoByUrl = withDateFormat(URL + "?date_format=YYYY-MM-DD%20HH24:MI:SS.SSSSSS", null);
        for (StubConnection connection : List.of(iso, isoByUrl)) {
            for (String text :
                    List.of("2010-09-07", "2010-09-07 10:11", "2010-09-07 10:11:12", "2010-09-07 10:11:12.123456")) {
                connection.prepareStatement("INSERT INTO ev (id, born) VALUES (1, '" + text + "')");
                connection.prepareStatement("SELECT id FROM ev WHERE '" + text + "' <= born");
            }
        }
        StubConnection dateOnly = withDateFormat(URL, "YYYY-MM-DD");
        dateOnly.prepareStatement("INSERT INTO ev (id, born) VALUES (1, '2010-09-07')");
        refused(dateOnly, 135219, "INSERT INTO ev (id, born) VALUES (1, '2010-09-07 10:11:12')");
    }

    // ---- reserved words -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE sequence (id INTEGER)",
                "CREATE TABLE t (level INTEGER)",
                "CREATE TABLE archive (id INTEGER)",
                "SELECT 1 AS level FROM DUAL",
                "SELECT id FROM sequence",
                "INSERT INTO app.sequence (id) VALUES (1)",
                "SELECT a.id FROM a JOIN sequence s ON s.id = a.id",
            })
    void anUnquotedReservedWordAsANameIsASyntaxError(String sql) {
        refused(200705, sql);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE \"SEQUENCE\" (id INTEGER)",
                "INSERT INTO \"SEQUENCE\" (id) VALUES (1)",
                "SELECT id FROM \"SEQUENCE\"",
                "CREATE TABLE t (type INTEGER, comment VARCHAR(10), user VARCHAR(10), date DATE, value INTEGER, size INTEGER,"
                        + " status INTEGER, position INTEGER, key INTEGER, archive INTEGER, CONSTRAINT t_pk PRIMARY KEY (type))",
                "SELECT 1 AS archive, CAST(id AS INTEGER) FROM t",
                "SELECT EXTRACT(YEAR FROM born) FROM t",
                "GRANT CREATE TABLE TO app",
            })
    void quotedNamesAndWordsReservedElsewhereAreFine(String sql) throws SQLException {
        accepted(sql);
    }

    // ---- one statement --------------------------------------------------------------------------

    @Test
    void severalStatementsInOneTextAreASyntaxError() throws SQLException {
        String script =
                "CREATE SEQUENCE a_id_seq START WITH 1 INCREMENT BY 1;\nCREATE TABLE a (id BIGINT DEFAULT a_id_seq.NEXTVAL)";
        refused(200705, script);
        assertThrows(SQLException.class, () -> run(script));
        assertFalse(connection.rules().hasSequence("A_ID_SEQ"));
        accepted("CREATE PROCEDURE p AS BEGIN INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END");
        accepted("SELECT ';' FROM DUAL");
    }

    @Test
    void quietModeChecksNothing() throws SQLException {
        StubConnection quiet = new StubConnection(URL, new Properties()).quiet();
        quiet.prepareStatement("SELECT ? FROM DUAL");
        quiet.createStatement().execute("CREATE SEQUENCE s");
        assertFalse(quiet.rules().hasSequence("S"));
        assertTrue(connection.rules().given("CREATE SEQUENCE s").hasSequence("S"));
    }
}
