package io.github.altibaseportable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.altibaseportable.rewrite.SqlLexer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    @Test
    void splitsAtSemicolonsOutsideLiteralsAndComments() {
        String script = """
                        SELECT 'a;b' FROM t;
                        SELECT "x;y" FROM u; -- trailing; comment
                        /* block; comment */ SELECT 1 FROM DUAL;\
                        """;
        assertEquals(
                List.of(
                        "SELECT 'a;b' FROM t",
                        "SELECT \"x;y\" FROM u",
                        "-- trailing; comment\n/* block; comment */ SELECT 1 FROM DUAL"),
                ScriptSplitter.split(script, SqlLexer.STANDARD));
    }

    @Test
    void keepsTheLastStatementWithoutTerminatorAndDropsEmptyOnes() {
        assertEquals(
                List.of("SELECT 1", "SELECT 2"),
                ScriptSplitter.split(";;SELECT 1;\n;\n  SELECT 2  \n", SqlLexer.STANDARD));
    }

    @Test
    void dropsStatementsThatAreOnlyComments() {
        assertEquals(List.of("SELECT 1"), ScriptSplitter.split("SELECT 1;\n-- the end\n", SqlLexer.STANDARD));
    }

    @Test
    void psmBlockEndsAtSlashLineNotAtInnerSemicolons() {
        String block = "CREATE OR REPLACE PROCEDURE p1 AS\nBEGIN\n  INSERT INTO t VALUES (1);\n  COMMIT;\nEND;";
        String script = block + "\n/\nSELECT 2 FROM DUAL;";
        assertEquals(List.of(block, "SELECT 2 FROM DUAL"), ScriptSplitter.split(script, SqlLexer.STANDARD));
    }

    @Test
    void anonymousBlockAndDeclare() {
        String declare = "DECLARE v INTEGER;\nBEGIN\n  v := 1;\nEND;";
        assertEquals(List.of(declare), ScriptSplitter.split(declare + "\n/\n", SqlLexer.STANDARD));
    }

    @Test
    void slashInsideAnExpressionIsNotATerminator() {
        assertEquals(
                List.of("SELECT a / b FROM t", "SELECT 1"),
                ScriptSplitter.split("SELECT a / b FROM t;\nSELECT 1", SqlLexer.STANDARD));
    }

    @Test
    void doubledQuotesStayInsideLiterals() {
        assertEquals(
                List.of("SELECT 'it''s; fine' FROM t", "SELECT 2"),
                ScriptSplitter.split("SELECT 'it''s; fine' FROM t; SELECT 2", SqlLexer.STANDARD));
    }

    @Test
    void aMySqlScriptKnowsBackslashEscapes() {
        String script = "INSERT INTO t VALUES ('it\\'s; fine'); SELECT 2";
        assertEquals(
                List.of("INSERT INTO t VALUES ('it\\'s; fine')", "SELECT 2"),
                ScriptSplitter.split(script, SqlLexer.MYSQL));
        assertEquals(
                List.of("SELECT 'a\\'", "SELECT 2"), ScriptSplitter.split("SELECT 'a\\'; SELECT 2", SqlLexer.STANDARD));
    }

    @Test
    void aPostgreSqlFunctionBodyInDollarQuotesKeepsItsSemicolons() {
        String function =
                "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  INSERT INTO t VALUES (1);\n  RETURN 1;\nEND;\n$$"
                        + " LANGUAGE plpgsql";
        String script = function + ";\nSELECT f();\nDO $body$ BEGIN PERFORM f(); END $body$;";
        assertEquals(
                List.of(function, "SELECT f()", "DO $body$ BEGIN PERFORM f(); END $body$"),
                ScriptSplitter.split(script, SqlLexer.POSTGRESQL));
        assertEquals(
                List.of("SELECT '$$'", "SELECT 2"), ScriptSplitter.split("SELECT '$$'; SELECT 2", SqlLexer.POSTGRESQL));
    }

    @Test
    void aMySqlScriptKnowsHashComments() {
        String script = "SELECT 1; # a; b\nSELECT 2;\n# the end; really\n";
        assertEquals(List.of("SELECT 1", "# a; b\nSELECT 2"), ScriptSplitter.split(script, SqlLexer.MYSQL));
        assertEquals(
                List.of("SELECT 1", "# a", "b\nSELECT 2", "# the end", "really"),
                ScriptSplitter.split(script, SqlLexer.STANDARD));
    }
}
