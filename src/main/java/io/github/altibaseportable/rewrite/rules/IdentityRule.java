package io.github.altibaseportable.rewrite.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.IdentityColumns;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.Step;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Identity columns as sequences (SPEC §3.2): Altibase has no identity columns, so each identity column of
 * {@code CREATE TABLE} and {@code ALTER TABLE ... ADD} gets its own sequence, created first (and dropped
 * again if the statement then fails), and {@code DEFAULT <seq>.NEXTVAL} right after its type, which is kept
 * (a serial type becomes its integer type). The sequence is named by {@link SequenceName}; its options are
 * translated by {@link SequenceOptions}. A column with a {@code DEFAULT} of its own keeps it and gets no
 * sequence. MySQL's table option {@code AUTO_INCREMENT = n} becomes the sequence's start.
 *
 * <p>{@code ALTER TABLE t ALTER [COLUMN] c ADD GENERATED ... AS IDENTITY} gives an existing column (of a
 * table made without this driver) its implicit sequence, starting after the largest value it holds.
 */
public final class IdentityRule implements RewriteRule {

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public String description() {
        return "Identity columns (GENERATED AS IDENTITY, AUTO_INCREMENT, SERIAL, IDENTITY(s, i)) -> "
                + "CREATE SEQUENCE <table>_<column>_SEQ and DEFAULT <seq>.NEXTVAL";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("IDENTITY", "AUTO_INCREMENT", "AUTOINCREMENT", "SERIAL", "SERIAL2", "SERIAL4", "SERIAL8",
                "SMALLSERIAL", "BIGSERIAL");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        try {
            if (statement.statement() instanceof CreateTable create) {
                createTable(statement, create, context);
            } else if (statement.statement() instanceof Alter alter) {
                alterTable(statement, alter, context);
            }
        } catch (NotExpressible problem) {
            context.unsupported(problem.getMessage());
        }
    }

    private static void createTable(ParsedStatement statement, CreateTable create, RewriteContext context)
            throws NotExpressible {
        Table table = create.getTable();
        int[] list = ColumnDefinitions.columnList(statement);
        if (list == null) {
            return;
        }
        List<ColumnDefinitions.Column> columns = ColumnDefinitions.of(statement);
        List<ColumnDefinition> parsed = List.copyOf(create.getColumnDefinitions());  // get(i) of the parser's list is a scan
        if (columns.size() != parsed.size()) {
            throw new NotExpressible("the column definitions could not be told apart");
        }
        Long tableStart = autoIncrementOption(statement, list[1] + 1, context);
        Map<String, QualifiedName> sequences = new LinkedHashMap<>();
        boolean identities = false;
        for (int i = 0; i < columns.size(); i++) {
            ColumnDefinition column = parsed.get(i);
            ColumnDefinitionTokens definition = ColumnDefinitionTokens.read(statement, columns.get(i).name(),
                    columns.get(i).last(), column.getColDataType().getDataType());
            identities |= definition.identity != null;
            QualifiedName sequence = identity(statement, table, column.getColumnName(), definition, tableStart, context);
            if (sequence == null && definition.defaultSequence != null) {
                sequence = inSchemaOf(table, definition.defaultSequence);
            }
            if (sequence != null) {
                sequences.put(QualifiedName.written(null, column.getColumnName()).name(), sequence);
            }
        }
        if (identities) {
            context.keys(new IdentityColumns(QualifiedName.written(table.getSchemaName(), table.getName()), sequences));
        }
    }

    /** An unqualified sequence of a column default is in the table's schema. */
    private static QualifiedName inSchemaOf(Table table, QualifiedName sequence) {
        return sequence.schema() != null || table.getSchemaName() == null ? sequence
                : new QualifiedName(QualifiedName.written(table.getSchemaName(), table.getName()).schema(), sequence.name());
    }

    /**
     * MySQL's table option {@code AUTO_INCREMENT [=] n} among the tokens from {@code from}: removed, and
     * its value returned (or {@code null}).
     */
    private static Long autoIncrementOption(ParsedStatement statement, int from, RewriteContext context)
            throws NotExpressible {
        int last = statement.tokenCount() - 1;
        if (statement.tokenText(last).equals(";")) {
            last--;
        }
        for (int i = from; i <= last; i++) {
            if (statement.isWord(i, "AUTO_INCREMENT")) {
                int value = statement.tokenText(i + 1).equals("=") ? i + 2 : i + 1;
                if (value > last) {
                    throw new NotExpressible("table option AUTO_INCREMENT without a value");
                }
                SequenceOptions start = SequenceOptions.positional(statement, value, value);
                context.edit(Edit.delete(TokenSegments.blanksBefore(statement, i), statement.tokenEnd(value)));
                return start.startValue();
            }
        }
        return null;
    }

    private static void alterTable(ParsedStatement statement, Alter alter, RewriteContext context) throws NotExpressible {
        List<AlterClauses.Clause> clauses = AlterClauses.of(statement, alter);
        Table table = alter.getTable();
        for (AlterClauses.Clause clause : clauses) {
            AlterClauses.AddedColumns added = AlterClauses.addedColumns(statement, clause);
            if (added != null) {
                for (int i = 0; i < added.definitions().size(); i++) {
                    AlterExpression.ColumnDataType column = added.columns().get(i);
                    int[] tokens = added.definitions().get(i);
                    ColumnDefinitionTokens definition = ColumnDefinitionTokens.read(statement, tokens[0], tokens[1],
                            column.getColDataType().getDataType());
                    identity(statement, table, column.getColumnName(), definition, null, context);
                }
            } else if (statement.isWord(clause.first(), "ALTER")) {
                adoptIdentity(statement, table, clause, clauses.size(), context);
            }
        }
    }

    /**
     * {@code ALTER [COLUMN] c ADD GENERATED ... AS IDENTITY [(options)]}: the column's sequence (starting
     * after its largest value unless a start is given) and {@code ALTER (c SET DEFAULT <seq>.NEXTVAL)}.
     */
    private static void adoptIdentity(ParsedStatement statement, Table table, AlterClauses.Clause clause,
                                      int clauseCount, RewriteContext context) throws NotExpressible {
        int name = clause.first() + 1;
        if (statement.isWord(name, "COLUMN")) {
            name++;
        }
        if (!statement.isWord(name + 1, "ADD") || !statement.isWord(name + 2, "GENERATED")) {
            return;
        }
        ColumnDefinitionTokens.Identity identity = ColumnDefinitionTokens.generated(statement, name + 2, clause.last());
        if (identity == null || identity.last() != clause.last()) {
            throw new NotExpressible("ADD GENERATED ... AS IDENTITY not understood");
        }
        if (clauseCount > 1) {
            throw new NotExpressible("Altibase cannot make a column an identity and do something else in one ALTER TABLE");
        }
        String column = statement.tokenText(name);
        SequenceName sequence = SequenceName.of(table.getSchemaName(), table.getName(), column);
        SequenceOptions options = identity.options();
        Step create = options.hasStart()
                ? Step.of(options.createSequence(sequence.sql())).withUndo("DROP SEQUENCE " + sequence.sql())
                : Step.fromCatalog(new SequenceAfterLargest(QualifiedName.written(table.getSchemaName(), table.getName()),
                        QualifiedName.written(null, column).name(), sequence.sql(), options));
        context.before(create);
        context.edit(Edit.replace(statement.tokenBegin(clause.first()), statement.tokenEnd(clause.last()),
                "ALTER (" + column + " SET DEFAULT " + sequence.sql() + ".NEXTVAL)"));
    }

    /**
     * The edits and the {@code CREATE SEQUENCE} for one column definition with an identity clause; returns
     * the sequence (stored names), or {@code null} when the column has none.
     */
    private static QualifiedName identity(ParsedStatement statement, Table table, String column,
                                          ColumnDefinitionTokens definition, Long tableStart, RewriteContext context) {
        ColumnDefinitionTokens.Identity identity = definition.identity;
        if (identity == null) {
            return null;
        }
        SequenceName sequence = SequenceName.of(table.getSchemaName(), table.getName(), column);
        String defaultClause = definition.explicitDefault ? "" : " DEFAULT " + sequence.sql() + ".NEXTVAL";
        if (identity.serialType() != null) {
            context.edit(Edit.replace(statement.tokenBegin(identity.first()), statement.tokenEnd(identity.last()),
                    identity.serialType() + defaultClause));
        } else {
            context.edit(Edit.delete(TokenSegments.blanksBefore(statement, identity.first()), statement.tokenEnd(identity.last())));
            if (!defaultClause.isEmpty()) {
                context.edit(Edit.insert(statement.tokenEnd(definition.typeLast), defaultClause));
            }
        }
        if (definition.explicitDefault) {
            return null;
        }
        SequenceOptions options = identity.options();
        if (tableStart != null && !options.hasStart()) {
            options.startWith(tableStart);
        }
        context.before(Step.of(options.createSequence(sequence.sql())).withUndo("DROP SEQUENCE " + sequence.sql()));
        return sequence.stored();
    }
}
