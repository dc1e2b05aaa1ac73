package io.github.altibaseportable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SqlStateTest {

    @ParameterizedTest
    @EnumSource(SqlState.class)
    void anExceptionCarriesItsStateAndThePrefix(SqlState state) {
        IllegalStateException cause = new IllegalStateException("cause");
        SQLException e = state.exception("what went wrong", cause);
        assertEquals("altibase-portable: what went wrong", e.getMessage());
        assertEquals(state.code(), e.getSQLState());
        assertSame(cause, e.getCause());
        assertEquals(0, e.getErrorCode());
        assertEquals(state.code(), state.exception("no cause").getSQLState());
    }

    @Test
    void theStateChoosesTheExceptionClass() {
        assertEquals(
                SQLFeatureNotSupportedException.class,
                SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("x").getClass());
        assertEquals(
                SQLSyntaxErrorException.class,
                SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.exception("x").getClass());
        assertEquals(
                SQLException.class,
                SqlState.CONNECTION_UNABLE_TO_CONNECT.exception("x").getClass());
    }

    @Test
    void codesAreFiveCharactersAndDistinct() {
        Set<String> codes = new HashSet<>();
        for (SqlState state : SqlState.values()) {
            assertTrue(state.code().matches("[0-9A-Z]{5}"), state.code());
            assertTrue(codes.add(state.code()), "twice: " + state.code());
        }
    }

    @Test
    void anAltibaseErrorIsReportedWithItsStateAndCode() {
        SQLException altibase = new SQLException("Unique constraint violated", "23000", 69720);
        SQLException e = SqlState.reporting("undo failed: DROP SEQUENCE S", altibase);
        assertEquals("altibase-portable: undo failed: DROP SEQUENCE S", e.getMessage());
        assertEquals("23000", e.getSQLState());
        assertEquals(69720, e.getErrorCode());
        assertSame(altibase, e.getCause());
    }
}
