package io.github.altibaseportable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(List.of("SELECT 'a;b' FROM t", "SELECT \"x;y\" FROM u",
                "-- trailing; comment\n/* block; comment */ SELECT 1 FROM DUAL"), ScriptSplitter.split(script));
    }

    @Test
    void keepsTheLastStatementWithoutTerminatorAndDropsEmptyOnes() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), ScriptSplitter.split(";;SELECT 1;\n;\n  SELECT 2  \n"));
    }

    @Test
    void dropsStatementsThatAreOnlyComments() {
        assertEquals(List.of("SELECT 1"), ScriptSplitter.split("SELECT 1;\n-- the end\n"));
    }

    @Test
    void psmBlockEndsAtSlashLineNotAtInnerSemicolons() {
        String block = "CREATE OR REPLACE PROCEDURE p1 AS\nBEGIN\n  INSERT INTO t VALUES (1);\n  COMMIT;\nEND;";
        String script = block + "\n/\nSELECT 2 FROM DUAL;";
        assertEquals(List.of(block, "SELECT 2 FROM DUAL"), ScriptSplitter.split(script));
    }

    @Test
    void anonymousBlockAndDeclare() {
        String declare = "DECLARE v INTEGER;\nBEGIN\n  v := 1;\nEND;";
        assertEquals(List.of(declare), ScriptSplitter.split(declare + "\n/\n"));
    }

    @Test
    void slashInsideAnExpressionIsNotATerminator() {
        assertEquals(List.of("SELECT a / b FROM t", "SELECT 1"), ScriptSplitter.split("SELECT a / b FROM t;\nSELECT 1"));
    }

    @Test
    void doubledQuotesStayInsideLiterals() {
        assertEquals(List.of("SELECT 'it''s; fine' FROM t", "SELECT 2"),
                ScriptSplitter.split("SELECT 'it''s; fine' FROM t; SELECT 2"));
    }
}
