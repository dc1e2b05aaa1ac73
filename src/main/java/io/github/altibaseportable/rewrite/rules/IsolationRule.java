package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.IsolationLevel;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.SessionCommand;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Isolation statements: {@code SET TRANSACTION ISOLATION LEVEL <level>} (SQL standard, PostgreSQL,
 * Oracle), {@code SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL <level>} (PostgreSQL)
 * and {@code SET SESSION TRANSACTION ISOLATION LEVEL <level>} (MySQL) become the connection's
 * {@code setTransactionIsolation}, so the level lasts for the connection as in JDBC and the
 * connection reports it. On Altibase, {@code SET TRANSACTION} would last one transaction and fail
 * in autocommit mode. JSqlParser cannot read these statements, so the rule recognises their text.
 */
public final class IsolationRule implements RewriteRule {
    /** Possessive quantifiers: no blank is read twice, so matching takes time linear in the text. */
    private static final Pattern STATEMENT = Pattern.compile(
            "\\s*+SET\\s++(?:TRANSACTION|SESSION\\s++TRANSACTION"
                    + "|SESSION\\s++CHARACTERISTICS\\s++AS\\s++TRANSACTION)\\s++ISOLATION\\s++LEVEL\\s++(READ\\s++UNCOMMITTED"
                    + "|READ\\s++COMMITTED|REPEATABLE\\s++READ|SERIALIZABLE)\\s*+;?+\\s*+",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "isolation";
    }

    @Override
    public String description() {
        return "SET TRANSACTION ISOLATION LEVEL ... -> the connection's setTransactionIsolation (lasts for the session)";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("ISOLATION");
    }

    /** Parseable statements are never isolation statements. */
    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {}

    @Override
    public StatementPlan planUnparsed(String sql, Replanner replanner) {
        IsolationLevel level = level(sql);
        if (level == null) {
            return null;
        }
        String sent = level.isSupported() ? level.alterSessionSql() : sql;
        int jdbcLevel = level.jdbcLevel();
        return StatementPlan.sessionCommand(
                sql, new SessionCommand(sent, connection -> connection.setTransactionIsolation(jdbcLevel)), name());
    }

    /** The level {@code sql} sets if it is an isolation statement, else {@code null}. */
    static IsolationLevel level(CharSequence sql) {
        Matcher matcher = STATEMENT.matcher(sql);
        return matcher.matches() ? IsolationLevel.named(matcher.group(1)) : null;
    }
}
