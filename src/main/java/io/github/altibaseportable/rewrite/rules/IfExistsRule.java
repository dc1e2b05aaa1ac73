package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Guard;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * {@code DROP TABLE|VIEW|SEQUENCE|INDEX IF EXISTS x} and {@code CREATE TABLE|INDEX IF NOT EXISTS x}:
 * Altibase has neither clause, so it is removed and the statement is guarded by a catalog check made
 * when it runs; when the check fails the statement is not sent and reports an update count of 0.
 * H2's {@code DROP TABLE t IF EXISTS} is read as {@code DROP TABLE IF EXISTS t}. Several names in one
 * {@code DROP ... IF EXISTS}, and other object kinds, are reported as unsupported.
 */
public final class IfExistsRule implements RewriteRule {
    /** {@code CREATE SEQUENCE IF NOT EXISTS [schema.]object rest}. */
    private static final Pattern CREATE_SEQUENCE = Pattern.compile(
            "(?<head>\\s*CREATE\\s+SEQUENCE\\s+)IF\\s+NOT\\s+EXISTS\\s+" + "(?<name>(?:(?<schema>" + Identifiers.NAME
                    + ")\\s*\\.\\s*)?(?<object>" + Identifiers.NAME + "))(?<rest>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** H2's {@code DROP TABLE|VIEW|SEQUENCE|INDEX name IF EXISTS rest}, the clause after the name. */
    private static final Pattern H2_DROP = Pattern.compile(
            "(?<head>\\s*DROP\\s+(?:TABLE|VIEW|SEQUENCE|INDEX)\\s+)" + "(?<name>" + Identifiers.QUALIFIED_NAME
                    + ")\\s+IF\\s+EXISTS(?<rest>(?:[\\s;].*)?)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public String name() {
        return "ifexists";
    }

    @Override
    public String description() {
        return "DROP TABLE|VIEW|SEQUENCE|INDEX IF EXISTS, CREATE TABLE|INDEX IF NOT EXISTS, ALTER TABLE IF EXISTS, "
                + "DROP CONSTRAINT IF EXISTS -> catalog check, "
                + "then run or skip (update count 0)";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("IF");
    }

    /**
     * {@code CREATE SEQUENCE IF NOT EXISTS s ...}, which JSqlParser cannot read, is planned as
     * {@code CREATE SEQUENCE s ...}, run only when the catalog has no sequence {@code s}; H2's
     * {@code DROP TABLE t IF EXISTS} as {@code DROP TABLE IF EXISTS t}.
     */
    @Override
    public StatementPlan planUnparsed(String sql, Replanner replanner) {
        Matcher h2Drop = H2_DROP.matcher(sql);
        if (h2Drop.matches()) {
            return replanner.plan(h2Drop.group("head") + "IF EXISTS " + h2Drop.group("name") + h2Drop.group("rest"));
        }
        Matcher create = CREATE_SEQUENCE.matcher(sql);
        if (!create.matches()) {
            return null;
        }
        String schema = create.group("schema") == null ? null : Identifiers.catalogName(create.group("schema"));
        Guard absent =
                Guard.ifNotExists(Guard.ObjectType.SEQUENCE, schema, Identifiers.catalogName(create.group("object")));
        return replanner
                .plan(create.group("head") + create.group("name") + create.group("rest"))
                .guardedBy(absent);
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        Statement parsed = statement.statement();
        if (parsed instanceof Drop drop && drop.isIfExists()) {
            drop(statement, context, drop);
        } else if (parsed instanceof CreateTable create
                && create.isIfNotExists()
                && statement.hasPosition(create.getTable())) {
            int table = statement.firstToken(create.getTable());
            int last = statement.lastToken(create.getTable());
            guard(statement, context, table - 3, Guard.ObjectType.TABLE, false, table, last);
        } else if (parsed instanceof Alter alter && statement.hasPosition(alter.getTable())) {
            alter(statement, context, alter);
        } else if (parsed instanceof CreateIndex index && index.isUsingIfNotExists()) {
            int exists = TokenSegments.find(statement, 0, statement.tokenCount() - 1, "EXISTS");
            int on = TokenSegments.find(statement, exists + 1, statement.tokenCount() - 1, "ON");
            guard(statement, context, exists - 2, Guard.ObjectType.INDEX, false, exists + 1, on - 1);
        }
    }

    private static void drop(ParsedStatement statement, RewriteContext context, Drop drop) {
        Guard.ObjectType type = objectType(drop.getType());
        if (type == null || drop.isUsingTemporary() || drop.isMaterialized()) {
            context.unsupported("DROP " + drop.getType() + " IF EXISTS: Altibase has no IF EXISTS, and the driver "
                    + "checks only tables, views, sequences and indexes");
            return;
        }
        if (drop.getNames() != null && drop.getNames().size() > 1) {
            context.unsupported("DROP " + drop.getType() + " IF EXISTS with several names: Altibase drops one object "
                    + "per statement");
            return;
        }
        if (!statement.hasPosition(drop.getName())) {
            context.unsupported("no text position for " + drop.getName());
            return;
        }
        int name = statement.firstToken(drop.getName());
        guard(statement, context, name - 2, type, true, name, statement.lastToken(drop.getName()));
    }

    /**
     * {@code ALTER TABLE IF EXISTS t ...} runs only if the table exists; {@code ... DROP CONSTRAINT IF
     * EXISTS c} only if the constraint exists (which implies the table). Hibernate's PostgreSQL dialect
     * writes both for foreign keys.
     */
    private static void alter(ParsedStatement statement, RewriteContext context, Alter alter) {
        int table = statement.firstToken(alter.getTable());
        int last = statement.lastToken(alter.getTable());
        int end = statement.tokenCount() - 1;
        int constraint = TokenSegments.find(statement, last + 1, end, "CONSTRAINT");
        boolean dropsIfExists = constraint > 0
                && statement.isWord(constraint - 1, "DROP")
                && statement.isWord(constraint + 1, "IF")
                && statement.isWord(constraint + 2, "EXISTS");
        if (!alter.isUseTableIfExists() && !dropsIfExists) {
            return;
        }
        if (alter.getAlterExpressions() != null && alter.getAlterExpressions().size() > 1) {
            context.unsupported("ALTER TABLE ... IF EXISTS with several actions: the driver checks one object");
            return;
        }
        if (!dropsIfExists) {
            guard(statement, context, table - 2, Guard.ObjectType.TABLE, true, table, last);
            return;
        }
        if (alter.isUseTableIfExists() && !removeClause(statement, context, table - 2, true)) {
            return;
        }
        Name tableName = Name.read(statement, context, table, last);
        if (tableName != null && removeClause(statement, context, constraint + 1, true)) {
            context.guardMain(Guard.ifExists(
                    Guard.ObjectType.CONSTRAINT,
                    tableName.schema(),
                    Identifiers.catalogName(statement.tokenText(constraint + 3))));
        }
    }

    private static Guard.ObjectType objectType(String type) {
        switch (type.toUpperCase(Locale.ROOT)) {
            case "TABLE":
                return Guard.ObjectType.TABLE;
            case "VIEW":
                return Guard.ObjectType.VIEW;
            case "SEQUENCE":
                return Guard.ObjectType.SEQUENCE;
            case "INDEX":
                return Guard.ObjectType.INDEX;
            default:
                return null;
        }
    }

    /**
     * Removes {@code IF [NOT] EXISTS} starting at token {@code ifToken} and guards the statement on the
     * object named by tokens {@code [nameFirst, nameLast]} ({@code name} or {@code schema.name}).
     */
    private static void guard(
            ParsedStatement statement,
            RewriteContext context,
            int ifToken,
            Guard.ObjectType type,
            boolean mustExist,
            int nameFirst,
            int nameLast) {
        Name name = Name.read(statement, context, nameFirst, nameLast);
        if (name != null && removeClause(statement, context, ifToken, mustExist)) {
            context.guardMain(new Guard(type, name.schema(), name.name(), mustExist));
        }
    }

    /** Deletes {@code IF [NOT] EXISTS} starting at token {@code ifToken}; false (and unsupported) when absent. */
    private static boolean removeClause(
            ParsedStatement statement, RewriteContext context, int ifToken, boolean mustExist) {
        int exists = ifToken + (mustExist ? 1 : 2);
        if (!statement.isWord(ifToken, "IF")
                || !statement.isWord(exists, "EXISTS")
                || (!mustExist && !statement.isWord(ifToken + 1, "NOT"))) {
            context.unsupported("IF " + (mustExist ? "" : "NOT ") + "EXISTS not found in the text");
            return false;
        }
        context.edit(Edit.delete(TokenSegments.blanksBefore(statement, ifToken), statement.tokenEnd(exists)));
        return true;
    }

    /** An object name as the catalog stores it: {@code schema} is null when the name is unqualified. */
    private record Name(String schema, String name) {

        /** The name written in tokens {@code [first, last]}; null (and unsupported) when it cannot be read. */
        static Name read(ParsedStatement statement, RewriteContext context, int first, int last) {
            if (last == first) {
                return new Name(null, Identifiers.catalogName(statement.tokenText(first)));
            }
            if (last == first + 2 && statement.tokenText(first + 1).equals(".")) {
                return new Name(
                        Identifiers.catalogName(statement.tokenText(first)),
                        Identifiers.catalogName(statement.tokenText(last)));
            }
            context.unsupported("cannot read the object name "
                    + statement
                            .sql()
                            .substring(statement.tokenBegin(first), statement.tokenEnd(Math.max(first, last))));
            return null;
        }
    }
}
