package io.github.altibaseportable;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.util.Arrays;

/**
 * The SQLStates this driver reports in its own exceptions, in one place (errors of the Altibase driver pass
 * through with theirs), and the one way to make such an exception: its message starts with
 * {@value #PREFIX}, and its class is the {@link SQLException} subclass the state calls for.
 */
public enum SqlState {
    /** A parameter or column index outside the statement's. */
    INVALID_DESCRIPTOR_INDEX("07009"),
    /** The connection cannot be made: a bad URL or option, or no Altibase driver to make it. */
    CONNECTION_UNABLE_TO_CONNECT("08001"),
    /** The connection is closed. */
    CONNECTION_DOES_NOT_EXIST("08003"),
    /** A number too large or too small for the Java type it is read as. */
    NUMERIC_VALUE_OUT_OF_RANGE("22003"),
    /** A value that cannot be read as the Java type asked for. */
    INVALID_CHARACTER_VALUE_FOR_CAST("22018"),
    /** The result set is closed. */
    INVALID_CURSOR_STATE("24000"),
    /** Not allowed in the transaction's state (a savepoint in autocommit mode). */
    INVALID_TRANSACTION_STATE("25000"),
    /** No such savepoint, or a name that cannot be one. */
    INVALID_SAVEPOINT_SPECIFICATION("3B001"),
    /** A statement strict mode refuses ({@link SQLSyntaxErrorException}). */
    SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION("42000"),
    /** Anything else. */
    GENERAL_ERROR("HY000"),
    /** A {@code null} where a value is needed. */
    INVALID_USE_OF_NULL_POINTER("HY009"),
    /** A call the object's state does not allow (the statement is closed). */
    FUNCTION_SEQUENCE_ERROR("HY010"),
    /** An argument outside the values the call takes. */
    INVALID_ATTRIBUTE_VALUE("HY024"),
    /**
     * Something this driver cannot do with Altibase, the connection still usable
     * ({@link SQLFeatureNotSupportedException}; not {@code 0A000}, which pools read as a broken connection).
     */
    OPTIONAL_FEATURE_NOT_IMPLEMENTED("HYC00");

    /** What every message of this driver starts with. */
    public static final String PREFIX = "altibase-portable: ";

    private final String code;

    SqlState(String code) {
        this.code = code;
    }

    /** {@return the five-character SQLState} */
    public String code() {
        return code;
    }

    /**
     * An exception of this state whose message is {@value #PREFIX} and {@code message}.
     *
     * @param message what went wrong
     * @return the exception, not thrown
     */
    public SQLException exception(String message) {
        return exception(message, null);
    }

    /**
     * An exception of this state caused by {@code cause}, whose message is {@value #PREFIX} and {@code message}:
     * an {@link SQLFeatureNotSupportedException} for {@link #OPTIONAL_FEATURE_NOT_IMPLEMENTED}, an
     * {@link SQLSyntaxErrorException} for {@link #SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION}, else an
     * {@link SQLException}.
     *
     * @param message what went wrong
     * @param cause   the cause, or {@code null}
     * @return the exception, not thrown
     */
    public SQLException exception(String message, Throwable cause) {
        String text = PREFIX + message;
        return switch (this) {
            case OPTIONAL_FEATURE_NOT_IMPLEMENTED -> new SQLFeatureNotSupportedException(text, code, cause);
            case SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION -> new SQLSyntaxErrorException(text, code, cause);
            default -> new SQLException(text, code, cause);
        };
    }

    /**
     * An exception that reports {@code cause}, an error of the Altibase driver, with what this driver was
     * doing: {@code cause}'s SQLState and error code, and a message that is {@value #PREFIX} and {@code message}.
     *
     * @param message what this driver was doing
     * @param cause   the Altibase driver's error
     * @return the exception, not thrown
     */
    public static SQLException reporting(String message, SQLException cause) {
        return new SQLException(PREFIX + message, cause.getSQLState(), cause.getErrorCode(), cause);
    }

    /**
     * The exception a batch throws when its row {@code failed} fails: the Altibase driver's error as it is
     * (message, SQLState, error code, cause) with the update counts of the rows before it.
     *
     * @param cause  the Altibase driver's error
     * @param counts the batch's update counts so far
     * @param failed the index of the row that failed; its count and those after it are not reported
     * @return the exception, not thrown
     */
    public static BatchUpdateException batchFailure(SQLException cause, long[] counts, int failed) {
        return new BatchUpdateException(
                cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), Arrays.copyOf(counts, failed), cause);
    }
}
