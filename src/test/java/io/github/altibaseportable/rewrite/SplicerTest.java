package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.altibaseportable.rewrite.Edit.Fragment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplicerTest {

    private static ParsedStatement parse(String sql) throws ParseFailure {
        return SqlParser.parse(sql, ParseLimits.DEFAULT, SqlLexer.STANDARD);
    }

    @Test
    void copiesEverythingOutsideTheEdits() throws ParseFailure {
        ParsedStatement statement = parse("SELECT a /* c */ FROM t WHERE b = 1");
        Splicer.Result result =
                Splicer.splice(statement, List.of(Edit.replace(7, 8, "x"), Edit.insert(35, " AND 1=1")));
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
    void crossingEditsAreABug() throws ParseFailure {
        ParsedStatement statement = parse("SELECT abc FROM t");
        assertThrows(
                IllegalStateException.class,
                () -> Splicer.splice(statement, List.of(Edit.replace(7, 9, "x"), Edit.replace(8, 10, "y"))));
    }

    @Test
    void twoReplacementsOfOneRangeAreABug() throws ParseFailure {
        ParsedStatement statement = parse("SELECT abc FROM t");
        assertThrows(
                IllegalStateException.class,
                () -> Splicer.splice(statement, List.of(Edit.replace(7, 10, "x"), Edit.replace(7, 10, "y"))));
    }

    @Test
    void anEditInsideAReplacementIsDroppedWithTheTextItChanged() throws ParseFailure {
        ParsedStatement statement = parse("SELECT abc FROM t");
        Splicer.Result result = Splicer.splice(statement, List.of(Edit.replace(7, 10, "x"), Edit.replace(8, 9, "B")));
        assertEquals("SELECT x FROM t", result.sql());
    }

    @Test
    void aMovedRangeCarriesTheEditsInsideIt() throws ParseFailure {
        String sql = "CREATE TABLE t (c INTEGER NOT NULL DEFAULT 7)";
        ParsedStatement statement = parse(sql);
        int seven = sql.indexOf('7');
        int defaultStart = sql.indexOf(" DEFAULT");
        int afterType = sql.indexOf(" NOT NULL");
        List<Edit> edits = new ArrayList<>(Edit.move(defaultStart, seven + 1, afterType));
        edits.add(Edit.replace(seven, seven + 1, "8"));
        assertEquals(
                "CREATE TABLE t (c INTEGER DEFAULT 8 NOT NULL)",
                Splicer.splice(statement, edits).sql());
    }

    @Test
    void insertionsAtTheEdgeOfAMovedRangeStayPut() throws ParseFailure {
        String sql = "SELECT a, b FROM t";
        ParsedStatement statement = parse(sql);
        List<Edit> edits = new ArrayList<>(Edit.move(7, 8, 10));
        edits.add(Edit.insert(7, "<"));
        edits.add(Edit.insert(8, ">"));
        edits.add(Edit.delete(8, 10));
        assertEquals(
                "SELECT <>a b FROM t",
                Splicer.splice(statement, edits).sql()); // a moved word does not glue to the next
    }

    @Test
    void aDeletionAndAnEditOfTheSameRangeNest() throws ParseFailure {
        String sql = "SELECT a, TRUE FROM t";
        ParsedStatement statement = parse(sql);
        int flag = sql.indexOf("TRUE");
        List<Edit> edits = new ArrayList<>(Edit.move(flag, flag + 4, 7));
        edits.add(Edit.replace(flag, flag + 4, "1"));
        edits.add(Edit.replace(flag - 2, flag, ""));
        edits.add(Edit.insert(7, ""));
        Splicer.Result result = Splicer.splice(statement, edits);
        assertEquals("SELECT 1 a FROM t", result.sql()); // the replacement does not glue to the moved word
    }

    @Test
    void aRepeatedSourceRepeatsItsParameters() throws ParseFailure {
        String sql = "INSERT INTO t (k, v) VALUES (?, ?)";
        ParsedStatement statement = parse(sql);
        int values = sql.indexOf('(', sql.indexOf("VALUES"));
        Edit merge = new Edit(
                0,
                sql.length(),
                List.of(
                        new Fragment.Text("MERGE ... ON (t.k = "),
                        new Fragment.Param(1, 0),
                        new Fragment.Text(") ... VALUES "),
                        new Fragment.Source(values, sql.length())));
        Splicer.Result result = Splicer.splice(statement, List.of(merge));
        assertEquals("MERGE ... ON (t.k = ?) ... VALUES (?, ?)", result.sql());
        assertEquals("1 1 2", result.parameters().toString());
    }

    @Test
    void anEditMayCopyItsOwnRangeWithTheEditsInsideIt() throws ParseFailure {
        String sql = "SELECT a = ? FROM t";
        ParsedStatement statement = parse(sql);
        int parameter = sql.indexOf('?');
        Fragment predicate = new Fragment.Source(7, 12);
        Edit wrap = new Edit(
                7,
                12,
                List.of(
                        new Fragment.Text("CASE WHEN "),
                        predicate,
                        new Fragment.Text(" THEN 1 WHEN NOT ("),
                        predicate,
                        new Fragment.Text(") THEN 0 END")));
        Edit cast = new Edit(
                parameter,
                parameter + 1,
                List.of(new Fragment.Text("CAST("), new Fragment.Param(1, 0), new Fragment.Text(" AS INTEGER)")));
        Splicer.Result result = Splicer.splice(statement, List.of(wrap, cast));
        assertEquals(
                "SELECT CASE WHEN a = CAST(? AS INTEGER) THEN 1 WHEN NOT (a = CAST(? AS INTEGER)) THEN 0 END FROM t",
                result.sql());
        assertEquals("1 1", result.parameters().toString());
    }

    @Test
    void aParameterWithoutARecordedPositionIsStillCounted() throws ParseFailure {
        String sql = "SELECT a FROM t WHERE d = -? AND e = ?";
        ParsedStatement statement = parse(sql);
        assertEquals(2, statement.parameterCount());
        assertEquals(sql.indexOf('?'), statement.parameterBegin(1));
        int second = sql.lastIndexOf('?');
        Splicer.Result result =
                Splicer.splice(statement, List.of(new Edit(second, second + 1, List.of(new Fragment.Param(2, 1)))));
        assertEquals(sql, result.sql());
        assertEquals("1 2+1", result.parameters().toString());
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
        Splicer.Result result = Splicer.splice(
                statement,
                List.of(
                        new Edit(first, first + 1, List.of(new Fragment.Param(2, 0))),
                        new Edit(
                                second,
                                second + 1,
                                List.of(
                                        new Fragment.Param(1, 1),
                                        new Fragment.Text(" + "),
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

    @Test
    void aReplacementNeverGluesToAWordButTheOriginalTextKeepsItsOwnSpacing() throws ParseFailure {
        String sql = "SELECT(a)FROM t";
        ParsedStatement statement = parse(sql);
        assertEquals(
                "SELECT x FROM t",
                Splicer.splice(statement, List.of(Edit.replace(6, 9, "x"))).sql());
        assertEquals(
                "SELECT(x)FROM t",
                Splicer.splice(statement, List.of(Edit.replace(7, 8, "x"))).sql());
        assertEquals(
                "SELECT x y(a)FROM t",
                Splicer.splice(statement, List.of(Edit.insert(6, "x"), Edit.insert(6, "y")))
                        .sql());
        assertEquals(
                "SELECT(a) ,FROM t",
                Splicer.splice(statement, List.of(Edit.insert(9, " ,"))).sql());
    }
}
