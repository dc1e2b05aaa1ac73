package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.altibaseportable.rewrite.Edit.Fragment;

class SplicerTest {

    private static ParsedStatement parse(String sql) throws ParseFailure {
        return SqlParser.parse(sql, ParseLimits.DEFAULT);
    }

    @Test
    void copiesEverythingOutsideTheEdits() throws ParseFailure {
        ParsedStatement statement = parse("SELECT a /* c */ FROM t WHERE b = 1");
        Splicer.Result result = Splicer.splice(statement, List.of(Edit.replace(7, 8, "x"), Edit.insert(35, " AND 1=1")));
        assertEquals("SELECT x /* c */ FROM t WHERE b = 1 AND 1=1", result.sql());
        assertNull(result.parameters());
    }

    @Test
    void insertionBeforeAReplacementAtTheSamePlace() throws ParseFailure {
        ParsedStatement statement = parse("SELECT a FROM t");
        Splicer.Result result = Splicer.splice(statement, List.of(Edit.replace(7, 8, "b"), Edit.insert(7, "c, ")));
        assertEquals("SELECT c, b FROM t", result.sql());
    }

    @Test
    void overlappingEditsAreABug() throws ParseFailure {
        ParsedStatement statement = parse("SELECT abc FROM t");
        assertThrows(IllegalStateException.class,
                () -> Splicer.splice(statement, List.of(Edit.replace(7, 9, "x"), Edit.replace(8, 10, "y"))));
    }

    @Test
    void parametersOutsideEditsKeepTheirOrder() throws ParseFailure {
        ParsedStatement statement = parse("SELECT a FROM t WHERE b = ? AND c = ?");
        Splicer.Result result = Splicer.splice(statement, List.of(Edit.replace(7, 8, "z")));
        assertNull(result.parameters());
    }

    @Test
    void replacementsNameTheParametersTheyMoveShiftOrRepeat() throws ParseFailure {
        String sql = "SELECT a FROM t WHERE b = ? AND c = ?";
        ParsedStatement statement = parse(sql);
        int first = sql.indexOf('?');
        int second = sql.lastIndexOf('?');
        Splicer.Result result = Splicer.splice(statement, List.of(
                new Edit(first, first + 1, List.of(new Fragment.Param(2, 0))),
                new Edit(second, second + 1, List.of(new Fragment.Param(1, 1), new Fragment.Text(" + "),
                        new Fragment.Param(2, 0)))));
        assertEquals("SELECT a FROM t WHERE b = ? AND c = ? + ?", result.sql());
        assertEquals("2 1+1 2", result.parameters().toString());
        assertEquals(3, result.parameters().delegateCount());
    }

    @Test
    void aDeletedParameterIsDropped() throws ParseFailure {
        String sql = "SELECT a FROM t WHERE b = ? AND c = ?";
        ParsedStatement statement = parse(sql);
        Splicer.Result result = Splicer.splice(statement, List.of(Edit.delete(sql.indexOf(" AND"), sql.length())));
        assertEquals("SELECT a FROM t WHERE b = ?", result.sql());
        assertEquals(0, result.parameters().targets(2).length);
        assertEquals(1, result.parameters().targets(1)[0]);
    }
}
