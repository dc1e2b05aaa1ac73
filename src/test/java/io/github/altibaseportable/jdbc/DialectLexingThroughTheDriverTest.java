package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.altibaseportable.stub.StubServerRules;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each source dialect's comments and literals, through the driver on the stub: what is inside them is never
 * rewritten nor, in strict mode, refused; what follows them is rewritten. A statement sent as written keeps
 * its dialect's comments and literals, which Altibase reads otherwise (it has no {@code #} comments, no
 * dollar quotes, no nested comments) and refuses: the stub, which refuses the {@code LIMIT ... OFFSET} it
 * then sees, is told to take such text ({@link #sentAsWritten}), to see what was sent.
 */
class DialectLexingThroughTheDriverTest {

    @Test
    void aLimitAfterAMySqlHashCommentLineIsRewrittenAndTheCommentWrittenForAltibase() throws SQLException {
        try (Harness harness = Harness.open("portable.sourceDialect", "mysql")) {
            harness.portable()
                    .prepareStatement("# page 2\nSELECT a FROM t LIMIT 5, 10")
                    .close();
            assertEquals(
                    List.of("-- page 2\nSELECT a FROM t LIMIT 6, 10"),
                    harness.stub().prepared());
        }
    }

    @Test
    void aLimitInsideAMySqlHashCommentIsNeitherRewrittenNorRefused() throws SQLException {
        sentAsWritten("mysql", "SELECT a FROM t # LIMIT 5 OFFSET 1");
    }

    @Test
    void mySqlExecutableCommentsAreComments() throws SQLException {
        sentAsWritten("mysql", "SELECT a FROM t /*!40000 LIMIT 5 OFFSET 1 */");
    }

    @Test
    void aLimitInsideAPostgreSqlDollarQuotedStringIsNeitherRewrittenNorRefused() throws SQLException {
        String sql = "SELECT $q$ LIMIT 5 OFFSET 1 $q$ FROM t";
        sentAsWritten("postgresql", sql);
        try (Harness harness = Harness.open("portable.strict", "true")) {
            assertThrows(SQLSyntaxErrorException.class, () -> harness.portable().prepareStatement(sql));
            assertEquals(List.of(), harness.stub().prepared());
        }
    }

    @Test
    void aLimitAfterAPostgreSqlDollarQuotedStringIsRewritten() throws SQLException {
        try (Harness harness = Harness.open("portable.sourceDialect", "postgresql")) {
            harness.portable()
                    .prepareStatement("SELECT $$a b$$ AS x FROM t LIMIT 5 OFFSET 1")
                    .close();
            assertEquals(
                    List.of("SELECT $$a b$$ AS x FROM t LIMIT 2, 5"),
                    harness.stub().prepared());
        }
    }

    @Test
    void aLimitInsideANestedPostgreSqlCommentIsNeitherRewrittenNorRefused() throws SQLException {
        sentAsWritten("postgresql", "SELECT a FROM t /* x /* y */ LIMIT 5 OFFSET 1 */ WHERE b = 1");
    }

    /** Checks that {@code sql}, in {@code dialect} and strict mode, is neither refused nor rewritten. */
    private static void sentAsWritten(String dialect, String sql) throws SQLException {
        try (Harness harness = Harness.open("portable.sourceDialect", dialect, "portable.strict", "true")) {
            harness.stub().rules().permit(StubServerRules.Rule.ROW_LIMITING);
            harness.portable().prepareStatement(sql).close();
            assertEquals(List.of(sql), harness.stub().prepared());
        }
    }
}
