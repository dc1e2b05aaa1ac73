package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An empty statement with generated keys asked for reaches the delegate as written, as it does without. */
class EmptyStatementTest {

    @Test
    void everyGeneratedKeysFormPreparesTheEmptyStatementAsWritten() throws SQLException {
        try (Harness harness = Harness.open()) {
            harness.portable()
                    .prepareStatement("", Statement.RETURN_GENERATED_KEYS)
                    .close();
            harness.portable().prepareStatement("", new int[] {1}).close();
            harness.portable().prepareStatement("", new String[] {"ID"}).close();
            assertEquals(List.of("", "", ""), harness.stub().prepared());
        }
    }

    @Test
    void everyGeneratedKeysFormExecutesTheEmptyStatementAsWritten() throws SQLException {
        try (Harness harness = Harness.open();
                Statement statement = harness.portable().createStatement()) {
            statement.executeUpdate("", Statement.RETURN_GENERATED_KEYS);
            statement.executeUpdate(" ", new int[] {1});
            statement.execute("", new String[] {"ID"});
            assertEquals(List.of("", " ", ""), harness.stub().executed());
        }
    }
}
