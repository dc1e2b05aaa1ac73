package io.github.altibaseportable.cli;

import io.github.altibaseportable.rewrite.Guard;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.SqlLexer;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.StatementRewriter;
import io.github.altibaseportable.rewrite.Step;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;

/**
 * Translates a script offline: each statement is planned as the driver would plan it for
 * {@code Statement.execute}, and every statement the driver would send (companions included) is
 * printed, followed by a line holding only {@code ;}; the comments a statement starts with come first. A step that runs only under a catalog condition
 * is preceded by a {@code --} comment saying so (the statement's own condition, which the driver checks before
 * any of its steps, comes before the first of them); steps that only the catalog can tell (the implicit
 * sequences of a dropped table) are described by a {@code --} comment in their place, and so is the form
 * a multi-row INSERT takes when its table has a sequence default. An upsert whose MERGE depends on the
 * table's unique keys (MySQL's ON DUPLICATE KEY UPDATE) is printed as written after such a comment.
 * Notes about statements sent as written go to the error stream, so that standard output stays a script.
 */
final class Translator {
    private final StatementRewriter rewriter;

    Translator(StatementRewriter rewriter) {
        this.rewriter = rewriter;
    }

    /**
     * Translates {@code script} to {@code out}; returns the number of statements that could not be
     * rewritten (refused in strict mode, sent as written otherwise).
     */
    @SuppressWarnings("ReferenceEquality") // a step is the plan's main step itself, not an equal one
    int translate(String source, String script, PrintStream out, PrintStream notes) {
        int failures = 0;
        List<String> statements =
                ScriptSplitter.split(script, SqlLexer.of(rewriter.profile().dialect()));
        for (String statement : statements) {
            StatementPlan plan;
            try {
                plan = rewriter.plan(statement, KeysRequest.NONE);
            } catch (SQLException refused) {
                notes.println(source + ": " + refused.getMessage());
                failures++;
                continue;
            }
            if (plan.outcome().isFailure()) {
                notes.println(source + ": sent as written (" + plan.detail() + "): " + firstLine(statement));
                failures++;
            } else if (plan.uniqueKeysNeeded() != null) {
                notes.println(source + ": the unique keys of " + plan.uniqueKeysNeeded() + ", which the driver reads "
                        + "from the catalog, decide its MERGE; printed as written: " + firstLine(statement));
                out.println("-- the driver sends this as a MERGE on the unique key of " + plan.uniqueKeysNeeded()
                        + " the row sets (read from the catalog)");
                failures++;
            }
            String main = plan.main().sql();
            String body = ScriptSplitter.stripLeadingComments(main);
            String leading = main.substring(0, main.length() - body.length()).strip();
            if (!leading.isEmpty() && plan.steps().size() > 1) {
                out.println(leading);
            } else {
                body = main;
            }
            Guard covering = plan.main().guard();
            if (covering != null) {
                out.println("-- " + covering.describe()
                        + (plan.steps().size() == 1
                                ? ""
                                : " (checked once, before the first of the "
                                        + plan.steps().size() + " steps below; none of them runs otherwise)"));
            }
            for (Step step : plan.steps()) {
                if (step.guard() != null && step != plan.main()) {
                    out.println("-- " + step.guard().describe());
                }
                out.println(step == plan.main() ? body : step.sql());
                if (step.lookup() == null) {
                    out.println(";");
                }
            }
            StatementPlan.Variant rows = plan.variant(KeyedInsert.SELECT_ROWS);
            if (rows != null) {
                String form = KeyedInsert.fill(
                        ScriptSplitter.stripLeadingComments(rows.sql()),
                        hole -> hole.startsWith("TYPE")
                                ? "<column type>"
                                : hole.startsWith("VALUE") ? "<sequence value>" : "");
                out.println(
                        "-- if the table has a sequence default, the rows are sent as: " + form.replace("\n", "\n-- "));
            }
        }
        return failures;
    }

    private static String firstLine(String statement) {
        int newline = statement.indexOf('\n');
        return newline < 0 ? statement : statement.substring(0, newline) + " ...";
    }
}
