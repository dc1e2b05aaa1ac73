package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

class ParsedStatementTest {
    private static ParsedStatement parse(String sql) throws ParseFailure {
        return SqlParser.parse(sql, ParseLimits.DEFAULT, SqlLexer.STANDARD);
    }

    @Test
    void findsEveryObjectOfATypeInTextOrder() throws ParseFailure {
        ParsedStatement statement = parse("SELECT a, b FROM t WHERE c = ? AND a IN (SELECT d FROM u)");
        List<String> columns =
                statement.find(Column.class).stream().map(statement::text).toList();
        assertEquals(List.of("a", "b", "c", "a", "d"), columns);
        assertEquals(2, statement.find(PlainSelect.class).size());
        assertEquals(1, statement.find(JdbcParameter.class).size());
        assertEquals(
                "SELECT d FROM u",
                statement.text(statement.find(PlainSelect.class).get(1)));
    }

    @Test
    void findReadsTheStatementOncePerTypeAndHandsOutAListNobodyCanChange() throws ParseFailure {
        ParsedStatement statement = parse("SELECT a, b FROM t");
        List<Column> columns = statement.find(Column.class);
        assertSame(columns, statement.find(Column.class));
        assertThrows(UnsupportedOperationException.class, () -> columns.remove(0));
        assertThrows(
                UnsupportedOperationException.class,
                () -> statement.find(JdbcParameter.class).add(null));
        assertEquals(2, statement.find(Column.class).size());
    }
}
