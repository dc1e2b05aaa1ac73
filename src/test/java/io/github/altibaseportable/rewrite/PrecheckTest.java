package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.altibaseportable.rewrite.Precheck.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecheckTest {
    private final Precheck precheck = new Precheck(
            List.of("limit", "OFFSET", "Auto_Increment"),
            "`",
            Map.of(),
            false,
            List.of(),
            List.of(),
            SqlLexer.STANDARD);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT a FROM t                                   | UNCHANGED",
                "SELECT a FROM t LIMIT 5                           | PARSE",
                "select a from t limit 5                           | PARSE",
                "SELECT a FROM t LiMiT 5                           | PARSE",
                "SELECT a FROM t OFFSET 1                          | PARSE",
                "CREATE TABLE t (id INT AUTO_INCREMENT)            | PARSE",
                "SELECT 'LIMIT 5' FROM t                           | UNCHANGED",
                "SELECT 'it''s LIMIT' FROM t                       | UNCHANGED",
                "SELECT \"LIMIT\" FROM t                           | UNCHANGED",
                "SELECT a FROM t -- LIMIT 5                        | UNCHANGED",
                "SELECT a /* LIMIT 5 */ FROM t                     | UNCHANGED",
                "SELECT limited, offsets, _limit, limit_ FROM t    | UNCHANGED",
                "SELECT lamit, LOMIT, offsed, ofFSET_ FROM t       | UNCHANGED",
                "SELECT a$limit, limit#1 FROM t                    | UNCHANGED",
                "SELECT `a` FROM t                                 | PARSE",
                "SELECT 고객LIMIT FROM t                            | UNCHANGED",
                "SELECT a FROM t /* portable:skip */ LIMIT 5       | SKIP_MARKER",
                "SELECT a FROM t /*   PORTABLE:SKIP  */            | SKIP_MARKER",
                "SELECT a FROM t /* portable:skip please */ LIMIT 1| PARSE",
                "SELECT a FROM t /* unterminated LIMIT             | UNCHANGED",
                "SELECT 'unterminated LIMIT                        | UNCHANGED",
                "LIMIT                                             | PARSE",
                "SELECT t.limit, s.offset FROM t                   | UNCHANGED",
                "SELECT t. limit FROM t                            | PARSE",
                "SELECT t.a FROM t LIMIT 1                         | PARSE",
            })
    void verdicts(String sql, Verdict expected) {
        assertEquals(expected, precheck.check(sql.strip()), sql);
    }

    private final Precheck scoped = new Precheck(
            List.of("LIMIT"),
            "",
            Map.of(
                    TriggerScope.SELECT_LIST, new Precheck.Triggers(Set.of("IS"), "?="),
                    TriggerScope.FROM_CLAUSE, new Precheck.Triggers(Set.of("USING"), "")),
            false,
            List.of("INT", "DATE"),
            List.of("LEVEL"),
            SqlLexer.STANDARD);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT ? FROM DUAL                                          | PARSE",
                "CREATE TABLE t (a INT(11), b VARCHAR(10))                   | PARSE",
                "CREATE TABLE t (a INT (11))                                 | PARSE",
                "CREATE TABLE t (a INT, b INTEGER(4), c t.INT(4), d 'INT(4)') | UNCHANGED",
                "SELECT a FROM t WHERE d = DATE '2010-09-07'                  | PARSE",
                "SELECT CAST(a AS DATE) FROM t WHERE d = '2010-09-07'         | UNCHANGED",
                "SELECT s1_0.level FROM t s1_0                               | PARSE",
                "SELECT s1_0.lvl, s1_0.\"LEVEL\" FROM t s1_0                   | UNCHANGED",
                "SELECT ?                                                    | PARSE",
                "SELECT a FROM t WHERE b = ?                                 | UNCHANGED",
                "INSERT INTO t (a) VALUES (?)                                | UNCHANGED",
                "UPDATE t SET a = ? WHERE b = (SELECT c FROM u WHERE d = ?)  | UNCHANGED",
                "INSERT INTO t (a) SELECT ? FROM DUAL                        | PARSE",
                "SELECT COALESCE(a, ?) FROM t                                | PARSE",
                "SELECT EXTRACT(YEAR FROM ?) FROM t                          | PARSE",
                "SELECT (SELECT b FROM u WHERE c = ?) FROM t                 | UNCHANGED",
                "SELECT (SELECT b FROM u), ? FROM t                          | PARSE",
                "SELECT a FROM t WHERE b IN (SELECT ? FROM u)                | PARSE",
                "SELECT a FROM t UNION SELECT ? FROM u                       | PARSE",
                "SELECT a IS NULL FROM t                                     | PARSE",
                "SELECT a FROM t WHERE b IS NULL                             | UNCHANGED",
                "SELECT 'a = ?', \"?\" FROM t WHERE c = 1                    | UNCHANGED",
                "SELECT a /* = ? */ FROM t WHERE c = 1                       | UNCHANGED",
                "SELECT a FROM t JOIN u USING (id)                           | PARSE",
                "SELECT a FROM (t JOIN u USING (id))                         | PARSE",
                "SELECT a FROM t WHERE b IN (SELECT c FROM u JOIN v USING (k)) | PARSE",
                "MERGE INTO t USING u ON (t.id = u.id) WHEN MATCHED THEN UPDATE SET t.v = u.v | UNCHANGED",
                "MERGE INTO t USING (SELECT a FROM u) s ON (t.a = s.a) WHEN MATCHED THEN UPDATE SET t.v = 1 | UNCHANGED",
                "SELECT a FROM t LIMIT 1                                     | PARSE",
            })
    void scopedTriggersCountOnlyInTheirScope(String sql, Verdict expected) {
        assertEquals(expected, scoped.check(sql.strip()), sql);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT `a` FROM t | UNCHANGED",
                "SELECT a FROM t   | UNCHANGED",
            })
    void backtickIsSkippedAsAQuoteWhenNoRuleWantsIt(String sql, Verdict expected) {
        Precheck withoutBacktick =
                new Precheck(List.of("LIMIT"), "", Map.of(), false, List.of(), List.of(), SqlLexer.STANDARD);
        assertEquals(expected, withoutBacktick.check(sql.strip()));
        assertEquals(Verdict.UNCHANGED, withoutBacktick.check("SELECT `LIMIT` FROM t"));
    }

    @Test
    void eachDialectsCommentsAndLiteralsAreSkipped() {
        assertVerdict(SourceDialect.MYSQL, "SELECT a FROM t # LIMIT 5", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.PORTABLE, "SELECT a FROM t # LIMIT 5", Verdict.PARSE);
        assertVerdict(SourceDialect.MYSQL, "SELECT a FROM t # note\n LIMIT 5", Verdict.PARSE);
        assertVerdict(SourceDialect.MYSQL, "SELECT a, limit#1 FROM t", Verdict.PARSE);
        assertVerdict(SourceDialect.PORTABLE, "SELECT a, limit#1 FROM t", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.MYSQL, "SELECT a FROM t /*!40000 LIMIT 5 */", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.MYSQL, "SELECT a FROM t # /* portable:skip */", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT $$ LIMIT 5 $$ FROM t", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT $q$ it's LIMIT 5 $q$ FROM t", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.PORTABLE, "SELECT $$ LIMIT 5 $$ FROM t", Verdict.PARSE);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT $$a$$ FROM t LIMIT 5", Verdict.PARSE);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT a$limit, $1 FROM t", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT a FROM t /* x /* y */ LIMIT 5 */", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.PORTABLE, "SELECT a FROM t /* x /* y */ LIMIT 5 */", Verdict.PARSE);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT a FROM t /* x /* y */ */ LIMIT 5", Verdict.PARSE);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT a FROM t /* x /* portable:skip */ */", Verdict.UNCHANGED);
        assertVerdict(SourceDialect.POSTGRESQL, "SELECT a FROM t /* portable:skip */ LIMIT 5", Verdict.SKIP_MARKER);
    }

    private static void assertVerdict(SourceDialect dialect, String sql, Verdict expected) {
        Precheck precheck =
                new Precheck(List.of("LIMIT"), "", Map.of(), false, List.of(), List.of(), SqlLexer.of(dialect));
        assertEquals(expected, precheck.check(sql), dialect + ": " + sql);
    }

    @Test
    void mySqlBackslashEscapesEndNoLiteral() {
        Precheck mysql = new Precheck(List.of("LIMIT"), "", Map.of(), false, List.of(), List.of(), SqlLexer.MYSQL);
        String sql = "SELECT * FROM t WHERE a = 'x\\' OR b = ' LIMIT 5, 10";
        assertEquals(Verdict.PARSE, mysql.check(sql));
        assertEquals(Verdict.UNCHANGED, precheck.check(sql));
        assertEquals(Verdict.UNCHANGED, mysql.check("SELECT 'a\\' LIMIT' FROM t"));
        assertEquals(Verdict.UNCHANGED, mysql.check("SELECT `a\\` FROM t WHERE x = 'LIMIT'"));
    }
}
