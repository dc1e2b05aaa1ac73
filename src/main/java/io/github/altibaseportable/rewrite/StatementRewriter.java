package io.github.altibaseportable.rewrite;

import io.github.altibaseportable.SqlState;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

/**
 * One connection's view of the {@link RewriteEngine}: its profile, whether it rewrites at all, and
 * whether it is strict. Strict connections refuse, with an {@link SQLSyntaxErrorException} (SQLState
 * 42000), statements that could not be parsed or contain a portable form that cannot be expressed;
 * other connections send those as written.
 */
public final class StatementRewriter {
    private final RewriteEngine engine;
    private final RewriteProfile profile;
    private final boolean enabled;
    private final boolean strict;

    public StatementRewriter(RewriteEngine engine, RewriteProfile profile, boolean enabled, boolean strict) {
        this.engine = engine;
        this.profile = profile;
        this.enabled = enabled;
        this.strict = strict;
    }

    /** Plans {@code sql} for this connection. */
    public StatementPlan plan(String sql, KeysRequest keys) throws SQLException {
        return plan(sql, keys, null, null);
    }

    /**
     * Plans {@code sql} for this connection, values of {@code types} bound and a table's {@code conflictTargets}
     * (see {@link RewriteEngine}; either may be {@code null}).
     */
    public StatementPlan plan(String sql, KeysRequest keys, BoundTypes types, ConflictTargets conflictTargets)
            throws SQLException {
        if (sql == null) {
            throw SqlState.INVALID_USE_OF_NULL_POINTER.exception("SQL statement is null");
        }
        if (!enabled) {
            return StatementPlan.unchanged(sql, PlanOutcome.REWRITING_OFF, null);
        }
        StatementPlan plan = engine.plan(sql, keys, profile, types, conflictTargets);
        if (strict && plan.outcome().isFailure()) {
            throw SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.exception(
                    "strict mode: cannot rewrite statement, " + plan.detail() + ": " + sql);
        }
        return plan;
    }

    public RewriteEngine engine() {
        return engine;
    }

    public RewriteProfile profile() {
        return profile;
    }
}
