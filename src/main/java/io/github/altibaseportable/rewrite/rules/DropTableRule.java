package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.Step;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * {@code DROP TABLE} (docs/altibase.md, "DDL"): the table's implicit sequences go with it (see
 * {@link ImplicitSequenceDrops}: read from the catalog when the statement runs, before the drop, and each
 * dropped only if it exists); {@code CASCADE} becomes Altibase's {@code CASCADE CONSTRAINTS}, and
 * {@code RESTRICT}, which is what Altibase does anyway, is left out.
 */
public final class DropTableRule implements RewriteRule {
    private static final Pattern CASCADE_CONSTRAINTS = Pattern.compile(
            "(\\s*DROP\\s+TABLE\\s+" + Identifiers.QUALIFIED_NAME + "\\s+)CASCADE\\s+CONSTRAINTS(\\s*;?\\s*)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "droptable";
    }

    @Override
    public String description() {
        return "DROP TABLE t -> also DROP SEQUENCE of t's implicit sequences that exist; CASCADE -> CASCADE CONSTRAINTS";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("DROP");
    }

    /**
     * Altibase's own {@code DROP TABLE t CASCADE CONSTRAINTS}, which JSqlParser cannot read, is planned
     * as {@code DROP TABLE t CASCADE}, which this rule sends as {@code CASCADE CONSTRAINTS} and follows
     * with the table's implicit sequences.
     */
    @Override
    public StatementPlan planUnparsed(String sql, Replanner replanner) {
        Matcher cascade = CASCADE_CONSTRAINTS.matcher(sql);
        return cascade.matches() ? replanner.plan(cascade.group(1) + "CASCADE" + cascade.group(2)) : null;
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        if (!(statement.statement() instanceof Drop drop) || !"TABLE".equalsIgnoreCase(drop.getType())) {
            return;
        }
        List<Table> tables =
                drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames() : List.of(drop.getName());
        int afterNames = -1;
        for (Table table : tables) {
            if (!statement.hasPosition(table)) {
                context.unsupported("no text position for table " + table);
                return;
            }
            afterNames = Math.max(afterNames, statement.lastToken(table) + 1);
        }
        int last = statement.tokenCount() - 1;
        if (statement.tokenText(last).equals(";")) {
            last--;
        }
        for (int i = afterNames; i <= last; i++) {
            if (statement.isWord(i, "CASCADE")) {
                context.edit(Edit.replace(statement.tokenBegin(i), statement.tokenEnd(i), "CASCADE CONSTRAINTS"));
            } else if (statement.isWord(i, "RESTRICT")) {
                context.edit(Edit.delete(statement.tokenEnd(i - 1), statement.tokenEnd(i)));
            }
        }
        for (Table table : tables) {
            context.after(Step.fromCatalog(
                    new ImplicitSequenceDrops(QualifiedName.written(table.getSchemaName(), table.getName()))));
        }
    }
}
