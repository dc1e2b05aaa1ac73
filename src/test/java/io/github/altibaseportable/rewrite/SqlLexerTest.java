package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each dialect's literals and comments end. */
class SqlLexerTest {

    /**
     * Checks that {@code lexer} reads a literal or comment from the {@code @} of {@code marked} to its
     * {@code ^} (both markers taken out of the text; no {@code ^}: nothing is skipped).
     */
    private static void assertSkips(SqlLexer lexer, String marked) {
        int at = marked.indexOf('@');
        String sql = marked.replace("@", "");
        int end = sql.indexOf('^');
        sql = sql.replace("^", "");
        assertEquals(end < 0 ? at : end, lexer.skipLiteralOrComment(sql, at), marked);
    }

    @Test
    void mySqlHashStartsALineComment() {
        assertSkips(SqlLexer.MYSQL, "SELECT a @# LIMIT 5\n^FROM t");
        assertSkips(SqlLexer.STANDARD, "SELECT a @# LIMIT 5\nFROM t");
        assertSkips(SqlLexer.MYSQL, "SELECT a @# to the end^");
        assertTrue(SqlLexer.MYSQL.holdsNoStatement("  # only a comment\n-- and another"));
        assertFalse(SqlLexer.STANDARD.holdsNoStatement("  # only a comment\n-- and another"));
        assertTrue(SqlLexer.MYSQL.continuesWord('$'));
        assertFalse(SqlLexer.MYSQL.continuesWord('#'));
        assertTrue(SqlLexer.STANDARD.continuesWord('#'));
    }

    @Test
    void mySqlHashCommentsReachTheParserAsDashComments() {
        SqlLexer.Spaced spaced = SqlLexer.MYSQL.spaceParameters("SELECT a # '\nFROM t WHERE b = '#'");
        assertEquals("SELECT a -- '\nFROM t WHERE b = '#'", spaced.text());
        assertEquals(9, spaced.toOriginal()[9]);
        assertEquals(9, spaced.toOriginal()[10]);
        assertEquals(10, spaced.toOriginal()[11]);
        assertNull(SqlLexer.STANDARD.spaceParameters("SELECT a # b FROM t"));
        assertNull(SqlLexer.MYSQL.spaceParameters("SELECT a FROM t WHERE b = '#'"));
    }

    @Test
    void mySqlExecutableCommentsAreComments() {
        assertSkips(SqlLexer.MYSQL, "SELECT a FROM t @/*!40000 LIMIT 5 */^ WHERE b = 1");
        assertSkips(SqlLexer.STANDARD, "SELECT a FROM t @/*!40000 LIMIT 5 */^ WHERE b = 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT @$$ a ; 'b $$^ FROM t",
                "SELECT @$fn$ a $$ b $fn$^ FROM t",
                "SELECT @$_x1$ a $_x1$^ FROM t",
                "SELECT @$$ never closed^",
            })
    void postgreSqlDollarQuotedStrings(String marked) {
        assertSkips(SqlLexer.POSTGRESQL, marked);
        assertSkips(SqlLexer.STANDARD, marked.replace("^", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT @$1 FROM t",
                "SELECT a@$$b FROM t",
                "SELECT @$1a$ x $1a$ FROM t",
                "SELECT @$ a $ FROM t",
                "SELECT @$",
            })
    void aDollarThatOpensNoStringIsNoLiteral(String marked) {
        assertSkips(SqlLexer.POSTGRESQL, marked);
    }

    @Test
    void postgreSqlBlockCommentsNest() {
        assertSkips(SqlLexer.POSTGRESQL, "SELECT a @/* x /* y */ LIMIT 5 */^ FROM t");
        assertSkips(SqlLexer.STANDARD, "SELECT a @/* x /* y */^ LIMIT 5 */ FROM t");
        assertSkips(SqlLexer.POSTGRESQL, "SELECT a @/* x /* y */ LIMIT 5 FROM t^");
        assertTrue(SqlLexer.POSTGRESQL.holdsNoStatement("/* a /* b */ SELECT 1 */"));
        assertFalse(SqlLexer.STANDARD.holdsNoStatement("/* a /* b */ SELECT 1 */"));
    }

    @Test
    void bracketsInsideDialectLiteralsAndCommentsDoNotCount() {
        assertEquals(1, SqlLexer.POSTGRESQL.bracketDepth("SELECT f($$ (( $$) /* ( /* ( */ ( */ FROM t"));
        assertEquals(3, SqlLexer.STANDARD.bracketDepth("SELECT f($$ (( $$) FROM t"));
        assertEquals(1, SqlLexer.MYSQL.bracketDepth("SELECT f(a) # ((\nFROM t"));
        assertEquals(2, SqlLexer.STANDARD.bracketDepth("SELECT f(a) # ((\nFROM t"));
    }

    @Test
    void eachDialectHasItsLexer() {
        assertEquals(SqlLexer.STANDARD, SqlLexer.of(SourceDialect.PORTABLE));
        assertEquals(SqlLexer.MYSQL, SqlLexer.of(SourceDialect.MYSQL));
        assertEquals(SqlLexer.POSTGRESQL, SqlLexer.of(SourceDialect.POSTGRESQL));
        assertTrue(SqlLexer.POSTGRESQL.dollarQuotes());
        assertFalse(SqlLexer.MYSQL.dollarQuotes());
    }
}
