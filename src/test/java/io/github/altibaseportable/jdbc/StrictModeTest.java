package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubServerRules;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What strict mode refuses, as the README's option table says: a statement that a rule might have to
 * rewrite (the pre-check found one of the rules' words or characters in it) but that cannot be parsed,
 * ran past the parse bound, or uses a portable form with no Altibase equivalent. A statement with none of
 * the rules' words is no rule's business: it is sent as written, and Altibase judges it.
 */
class StrictModeTest {

    @Test
    void aStatementNoRuleReactsToIsSentAsWrittenEvenIfItIsNotSql() throws SQLException {
        try (Harness harness = Harness.open("portable.strict", "true")) {
            harness.portable().prepareStatement("SELEC garbage").close();
            assertEquals(List.of("SELEC garbage"), harness.stub().prepared());
        }
    }

    @Test
    void aStatementARuleMightRewriteButThatCannotBeParsedIsRefused() throws SQLException {
        try (Harness harness = Harness.open("portable.strict", "true")) {
            SQLException refused = assertThrows(
                    SQLSyntaxErrorException.class,
                    () -> harness.portable().prepareStatement("SELEC a FROM t LIMIT 5 OFFSET 1"));
            assertEquals("42000", refused.getSQLState());
            assertTrue(
                    refused.getMessage().startsWith("altibase-portable: strict mode: cannot rewrite statement"),
                    refused.getMessage());
            assertEquals(List.of(), harness.stub().prepared());
        }
    }

    @Test
    void aPortableFormWithoutAnAltibaseEquivalentIsRefused() throws SQLException {
        try (Harness harness = Harness.open("portable.strict", "true")) {
            SQLException refused = assertThrows(
                    SQLSyntaxErrorException.class,
                    () -> harness.portable()
                            .createStatement()
                            .executeQuery("SELECT id FROM a EXCEPT ALL SELECT id FROM b"));
            assertEquals("42000", refused.getSQLState());
            assertEquals(List.of(), harness.stub().executed());
        }
    }

    @Test
    void withoutStrictModeTheSameStatementsAreSentAsWritten() throws SQLException {
        try (Harness harness = Harness.open()) {
            // Altibase itself refuses the text (200705); the stub is told to take it, to see what was sent
            harness.stub().rules().permit(StubServerRules.Rule.ROW_LIMITING);
            harness.portable()
                    .prepareStatement("SELEC a FROM t LIMIT 5 OFFSET 1")
                    .close();
            assertEquals(
                    List.of("SELEC a FROM t LIMIT 5 OFFSET 1"), harness.stub().prepared());
        }
    }
}
