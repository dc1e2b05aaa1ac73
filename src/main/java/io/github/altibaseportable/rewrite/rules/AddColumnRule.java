package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.alter.Alter;

/**
 * Added columns: Altibase wants {@code ALTER TABLE t ADD [COLUMN] (def [, def ...])}, with brackets,
 * and one {@code ADD} per statement (docs/altibase.md, "DDL": {@code ADD COLUMN c INTEGER} is a syntax
 * error). So {@code ADD [COLUMN] c ...} gets its brackets, and {@code ADD c ..., ADD d ...} becomes
 * {@code ADD (c ..., d ...)}. Other clauses mixed with added columns cannot be expressed in one
 * Altibase statement.
 */
public final class AddColumnRule implements RewriteRule {

    @Override
    public String name() {
        return "addcolumn";
    }

    @Override
    public String description() {
        return "ALTER TABLE t ADD [COLUMN] c ... -> ALTER TABLE t ADD [COLUMN] (c ...), several ADD clauses in one bracket";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("ADD");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        if (!(statement.statement() instanceof Alter alter) || !AlterClauses.addsColumns(alter)) {
            return;
        }
        try {
            List<AlterClauses.Clause> clauses = AlterClauses.of(statement, alter);
            if (clauses.isEmpty()) {
                throw new NotExpressible("the ALTER TABLE clauses could not be told apart");
            }
            List<AlterClauses.AddedColumns> added = new ArrayList<>();
            for (AlterClauses.Clause clause : clauses) {
                AlterClauses.AddedColumns columns = AlterClauses.addedColumns(statement, clause);
                if (columns == null) {
                    throw new NotExpressible("Altibase cannot add columns and do something else in one ALTER TABLE");
                }
                added.add(columns);
            }
            bracket(statement, added, context);
        } catch (NotExpressible problem) {
            context.unsupported(problem.getMessage());
        }
    }

    /** Puts every added column into one bracket after the first {@code ADD [COLUMN]}. */
    private static void bracket(
            ParsedStatement statement, List<AlterClauses.AddedColumns> added, RewriteContext context) {
        AlterClauses.AddedColumns first = added.get(0);
        AlterClauses.AddedColumns last = added.get(added.size() - 1);
        if (added.size() == 1 && first.bracketed()) {
            return;
        }
        if (!first.bracketed()) {
            context.edit(Edit.insert(statement.tokenBegin(first.firstDefinition()), "("));
        }
        for (int i = 1; i < added.size(); i++) {
            int previousEnd = statement.tokenEnd(added.get(i - 1).lastDefinition());
            context.edit(
                    Edit.replace(previousEnd, statement.tokenBegin(added.get(i).firstDefinition()), ", "));
        }
        if (!last.bracketed()) {
            context.edit(Edit.insert(statement.tokenEnd(last.lastDefinition()), ")"));
        }
    }
}
