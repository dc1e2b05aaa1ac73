package io.github.altibaseportable.rewrite;

import io.github.altibaseportable.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The transaction isolation levels JDBC names, and how Altibase spells them. Altibase has READ
 * COMMITTED, REPEATABLE READ and SERIALIZABLE; READ UNCOMMITTED (and {@code TRANSACTION_NONE}) are
 * refused with SQLState {@code HYC00}, any other number with SQLState {@code HY024}.
 */
public enum IsolationLevel {
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED, "READ UNCOMMITTED"),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED, "READ COMMITTED"),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ, "REPEATABLE READ"),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE, "SERIALIZABLE");

    private final int jdbcLevel;
    private final String sqlName;

    IsolationLevel(int jdbcLevel, String sqlName) {
        this.jdbcLevel = jdbcLevel;
        this.sqlName = sqlName;
    }

    /** The {@code Connection.TRANSACTION_*} constant. */
    public int jdbcLevel() {
        return jdbcLevel;
    }

    /** Whether Altibase has this level. */
    public boolean isSupported() {
        return this != READ_UNCOMMITTED;
    }

    /** The statement that sets this level for the rest of the session, autocommit on or off. */
    public String alterSessionSql() {
        return "ALTER SESSION SET TRANSACTION ISOLATION LEVEL " + sqlName;
    }

    /** The level named by {@code words} (such as {@code "repeatable  read"}: any case and spacing), or {@code null}. */
    public static IsolationLevel named(String words) {
        String normalised = String.join(" ", words.trim().split("\\s+")).toUpperCase(Locale.ROOT);
        for (IsolationLevel level : values()) {
            if (level.sqlName.equals(normalised)) {
                return level;
            }
        }
        return null;
    }

    /** Whether {@code jdbcLevel} is a level Altibase has. */
    public static boolean isSupported(int jdbcLevel) {
        for (IsolationLevel level : values()) {
            if (level.jdbcLevel == jdbcLevel) {
                return level.isSupported();
            }
        }
        return false;
    }

    /** The Altibase level for {@code jdbcLevel}; an {@link SQLException} when Altibase has none such. */
    public static IsolationLevel supported(int jdbcLevel) throws SQLException {
        for (IsolationLevel level : values()) {
            if (level.jdbcLevel == jdbcLevel && level.isSupported()) {
                return level;
            }
        }
        if (jdbcLevel == Connection.TRANSACTION_NONE || jdbcLevel == Connection.TRANSACTION_READ_UNCOMMITTED) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("Altibase has no transaction isolation level "
                    + (jdbcLevel == Connection.TRANSACTION_NONE ? "NONE" : READ_UNCOMMITTED.sqlName)
                    + "; use READ COMMITTED, REPEATABLE READ or SERIALIZABLE");
        }
        throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(jdbcLevel + " is not a transaction isolation level; use "
                + "Connection.TRANSACTION_READ_COMMITTED, TRANSACTION_REPEATABLE_READ or TRANSACTION_SERIALIZABLE");
    }
}
