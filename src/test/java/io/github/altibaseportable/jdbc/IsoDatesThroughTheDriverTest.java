package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ISO dates through the driver against a stub that refuses them as Altibase does without an ISO
 * {@code date_format} (docs/altibase.md, "Dates"): the driver passes that property by default, and
 * {@code portable.isoDates=false} keeps the server's {@code DD-MON-YYYY}.
 */
class IsoDatesThroughTheDriverTest {
    private static final String TABLE = "CREATE TABLE visits (id INTEGER, visit_date DATE)";
    private static final String INSERT = "INSERT INTO visits VALUES (1, '2010-09-07')";

    @Test
    void isoDateTextWorksWithTheDefaultOptions() throws SQLException {
        try (Harness harness = Harness.open();
                Statement statement = harness.portable().createStatement()) {
            harness.stub().rules().given(TABLE);
            statement.executeUpdate(INSERT);
            statement
                    .executeQuery("SELECT id FROM visits WHERE visit_date = '2010-09-07 10:11:12'")
                    .close();
            assertEquals(
                    List.of(INSERT, "SELECT id FROM visits WHERE visit_date = '2010-09-07 10:11:12'"),
                    harness.stub().executed());
        }
    }

    @Test
    void withIsoDatesOffTheServerRefusesIsoDateText() throws SQLException {
        try (Harness harness = Harness.open("portable.isoDates", "false");
                Statement statement = harness.portable().createStatement()) {
            harness.stub().rules().given(TABLE);
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(INSERT));
            assertEquals(135224, refused.getErrorCode());
        }
    }

    @Test
    void typedDateLiteralsAreRewrittenAndRefusedWhenTheRuleIsOff() throws SQLException {
        String typed = "INSERT INTO visits VALUES (2, DATE '2013-01-01')";
        try (Harness harness = Harness.open();
                Statement statement = harness.portable().createStatement()) {
            harness.stub().rules().given(TABLE);
            statement.executeUpdate(typed);
            assertEquals(
                    List.of("INSERT INTO visits VALUES (2, TO_DATE('2013-01-01', 'YYYY-MM-DD'))"),
                    harness.stub().executed());
        }
        try (Harness harness = Harness.open("portable.disabledRules", "dateliterals");
                Statement statement = harness.portable().createStatement()) {
            harness.stub().rules().given(TABLE);
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(typed));
            assertEquals(200705, refused.getErrorCode());
        }
    }
}
