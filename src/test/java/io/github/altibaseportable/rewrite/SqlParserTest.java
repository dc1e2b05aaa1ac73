package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

class SqlParserTest {

    static String inList(int size) {
        StringBuilder sql = new StringBuilder("SELECT a FROM t WHERE a IN (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") ORDER BY a LIMIT 10 OFFSET 5").toString();
    }

    static String nested(int depth) {
        return "SELECT a FROM t WHERE " + "(".repeat(depth) + "a = 1" + ")".repeat(depth) + " LIMIT 1 OFFSET 1";
    }

    @Test
    void parsesOneStatementWithPositions() throws ParseFailure {
        ParsedStatement parsed =
                SqlParser.parse("select a from t where b = ? limit ?", ParseLimits.DEFAULT, SqlLexer.STANDARD);
        assertInstanceOf(PlainSelect.class, parsed.statement());
        assertEquals(2, parsed.parameters().size());
        assertEquals("?", parsed.text(parsed.parameters().get(1)));
        assertEquals(34, parsed.begin(parsed.parameters().get(1)));
    }

    @Test
    void acceptsOneTrailingSemicolon() throws ParseFailure {
        assertInstanceOf(
                PlainSelect.class,
                SqlParser.parse("SELECT 1 FROM DUAL;", ParseLimits.DEFAULT, SqlLexer.STANDARD)
                        .statement());
    }

    @Test
    void refusesSeveralStatements() {
        ParseFailure failure = assertThrows(
                ParseFailure.class,
                () -> SqlParser.parse("SELECT 1 FROM DUAL; DROP TABLE t", ParseLimits.DEFAULT, SqlLexer.STANDARD));
        assertTrue(failure.getMessage().contains("more than one statement"), failure.getMessage());
    }

    @Test
    void refusesTooLongStatementsWithoutParsing() {
        ParseLimits limits = new ParseLimits(100, 200, 1000);
        ParseFailure failure =
                assertThrows(ParseFailure.class, () -> SqlParser.parse(inList(50), limits, SqlLexer.STANDARD));
        assertTrue(failure.getMessage().contains("longer than 100"), failure.getMessage());
    }

    @Test
    void refusesDeepNestingWithoutParsing() {
        ParseFailure failure = assertThrows(
                ParseFailure.class, () -> SqlParser.parse(nested(5000), ParseLimits.DEFAULT, SqlLexer.STANDARD));
        assertTrue(failure.getMessage().contains("nested 5000 deep"), failure.getMessage());
    }

    @Test
    void stackOverflowBecomesAFailure() {
        // Nesting allowed by the limit but deeper than the parser's stack holds on a small thread stack.
        ParseLimits limits = new ParseLimits(1 << 20, 100_000, 60_000);
        ParseFailure[] failure = new ParseFailure[1];
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        SqlParser.parse(nested(300), limits, SqlLexer.STANDARD);
                    } catch (ParseFailure expected) {
                        failure[0] = expected;
                    }
                },
                "small-stack",
                128 * 1024);
        thread.start();
        assertTimeoutJoin(thread);
        assertTrue(
                failure[0] != null && failure[0].getMessage().contains("nested too deeply"),
                String.valueOf(failure[0]));
    }

    @Test
    void slowParseFallsBackWithinTheBound() throws ParseFailure {
        String pathological = inList(10_000);
        SqlParser.parse(
                "SELECT a FROM t LIMIT 1 OFFSET 1",
                ParseLimits.DEFAULT,
                SqlLexer.STANDARD); // load the parser's classes
        long bound = 20;
        long start = System.nanoTime();
        ParseFailure failure = assertThrows(
                ParseFailure.class,
                () -> SqlParser.parse(pathological, ParseLimits.DEFAULT.withTimeoutMillis(bound), SqlLexer.STANDARD));
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertInstanceOf(SqlParser.Timeout.class, failure);
        // The fallback arrives once the bound expires; the slack covers the timer thread's wake-up.
        assertTrue(elapsed < bound + 500, "fell back after " + elapsed + " ms with a bound of " + bound + " ms");
    }

    @Test
    void aShortBoundIsKeptWhileLongerOnesAreWatched() throws ParseFailure {
        ParseLimits patient = ParseLimits.DEFAULT.withTimeoutMillis(60_000);
        for (int i = 0; i < 50; i++) {
            SqlParser.parse("SELECT a FROM t LIMIT 1 OFFSET " + i, patient, SqlLexer.STANDARD);
        }
        // The watcher now sleeps until a deadline a minute away; a sooner one must wake it.
        ParseFailure failure = assertThrows(
                ParseFailure.class,
                () -> SqlParser.parse(inList(10_000), ParseLimits.DEFAULT.withTimeoutMillis(20), SqlLexer.STANDARD));
        assertInstanceOf(SqlParser.Timeout.class, failure);
        assertEquals(
                2,
                SqlParser.parse("SELECT a FROM t WHERE b = ? LIMIT ?", patient, SqlLexer.STANDARD)
                        .parameterCount());
    }

    @Test
    void parsesRunningTogetherAreEachStoppedAtTheirOwnDeadline() throws Exception {
        ParseLimits patient = ParseLimits.DEFAULT.withTimeoutMillis(60_000);
        String slow = inList(10_000);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<ParsedStatement> unbounded = threads.submit(() -> SqlParser.parse(slow, patient, SqlLexer.STANDARD));
            Future<ParseFailure> bounded = threads.submit(() -> assertThrows(
                    ParseFailure.class,
                    () -> SqlParser.parse(slow, ParseLimits.DEFAULT.withTimeoutMillis(20), SqlLexer.STANDARD)));
            assertInstanceOf(SqlParser.Timeout.class, bounded.get(60, TimeUnit.SECONDS));
            assertEquals(10_000, unbounded.get(60, TimeUnit.SECONDS).parameterCount());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void syntaxErrorsBecomeFailures() {
        ParseFailure failure = assertThrows(
                ParseFailure.class,
                () -> SqlParser.parse("SELECT FROM WHERE LIMIT", ParseLimits.DEFAULT, SqlLexer.STANDARD));
        assertTrue(!failure.getMessage().isEmpty());
    }

    private static void assertTimeoutJoin(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertTrue(!thread.isAlive(), "parse did not finish");
    }
}
