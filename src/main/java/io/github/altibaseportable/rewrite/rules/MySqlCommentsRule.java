package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * MySQL comments in DDL, which Altibase keeps only through {@code COMMENT ON}:
 * <ul>
 *   <li>a column's {@code COMMENT 'text'} in {@code CREATE TABLE} or in a one-column
 *       {@code ALTER TABLE ... ADD}, and the table option {@code COMMENT [=] 'text'}, are removed from the
 *       statement and run after it as {@code COMMENT ON COLUMN t.c IS 'text'} /
 *       {@code COMMENT ON TABLE t IS 'text'}; if one fails, the table (or added column) is dropped
 *       again and the error thrown;</li>
 *   <li>{@code ALTER TABLE t COMMENT = 'text'} becomes {@code COMMENT ON TABLE t IS 'text'}.</li>
 * </ul>
 * A comment that is not a plain literal (or holds a backslash, which MySQL reads as an escape), a
 * comment in {@code MODIFY}, and comments in an ALTER TABLE of several actions are reported as unsupported.
 */
public final class MySqlCommentsRule implements RewriteRule {

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public String description() {
        return "MySQL column COMMENT 'x' and table COMMENT = 'x' -> COMMENT ON COLUMN/TABLE companion statements";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("COMMENT");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        String problem = null;
        if (statement.statement() instanceof CreateTable create) {
            problem = createTable(statement, context, create);
        } else if (statement.statement() instanceof Alter alter) {
            problem = alterTable(statement, context, alter);
        }
        if (problem != null) {
            context.unsupported(problem);
        }
    }

    /** Carries over the comments of a CREATE TABLE; returns why it cannot, or null. */
    private static String createTable(ParsedStatement statement, RewriteContext context, CreateTable create) {
        int[] list = ColumnDefinitions.columnList(statement);
        if (list == null) {
            return null;
        }
        String table = tableName(statement, create.getTable());
        Comments comments = new Comments();
        int option = TokenSegments.find(statement, list[1] + 1, lastToken(statement), "COMMENT");
        if (option > 0) {
            int value = statement.tokenText(option + 1).equals("=") ? option + 2 : option + 1;
            comments.add(statement, "COMMENT ON TABLE " + table, value, option);
        }
        columnComments(statement, table, comments);
        return comments.apply(context, table, "DROP TABLE " + table);
    }

    /** Carries over the comments of an ALTER TABLE; returns why it cannot, or null. */
    private static String alterTable(ParsedStatement statement, RewriteContext context, Alter alter) {
        List<int[]> actions = AlterActions.of(statement);
        boolean commented = false;
        for (int[] action : actions) {
            commented |= TokenSegments.find(statement, action[0], action[1], "COMMENT") >= 0;
        }
        if (!commented) {
            return null;
        }
        if (actions.size() != 1) {
            return "COMMENT in an ALTER TABLE of several actions: Altibase takes one action per ALTER TABLE; "
                    + "split the statement";
        }
        int[] action = actions.get(0);
        String table = tableName(statement, alter.getTable());
        if (statement.isWord(action[0], "COMMENT")) {
            int value = statement.tokenText(action[0] + 1).equals("=") ? action[0] + 2 : action[0] + 1;
            String literal = value == action[1] ? literal(statement.tokenText(value)) : null;
            if (literal == null || table == null) {
                return "cannot carry over the table comment " + statement.text(alter.getTable());
            }
            context.edit(new Edit(
                    statement.tokenBegin(0),
                    statement.tokenEnd(action[1]),
                    List.of(
                            new Fragment.Text("COMMENT ON TABLE "),
                            new Fragment.Source(statement.begin(alter.getTable()), statement.end(alter.getTable())),
                            new Fragment.Text(" IS " + literal))));
            return null;
        }
        List<ColumnDefinitions.Column> columns = ColumnDefinitions.of(statement);
        if (!statement.isWord(action[0], "ADD") || columns.size() != 1) {
            return "column COMMENT in ALTER TABLE is only carried over when one column is added";
        }
        Comments comments = new Comments();
        columnComments(statement, table, comments);
        String column = Identifiers.spelling(statement.tokenText(columns.get(0).name()));
        return comments.apply(context, table, "ALTER TABLE " + table + " DROP COLUMN " + column);
    }

    /** Adds the {@code COMMENT 'text'} of each column definition. */
    private static void columnComments(ParsedStatement statement, String table, Comments comments) {
        for (ColumnDefinitions.Column column : ColumnDefinitions.of(statement)) {
            int comment = TokenSegments.find(statement, column.type() + 1, column.last(), "COMMENT");
            if (comment > 0) {
                String name = Identifiers.spelling(statement.tokenText(column.name()));
                if (name == null) {
                    comments.fail("cannot write the column name " + statement.tokenText(column.name()));
                }
                comments.add(statement, "COMMENT ON COLUMN " + table + "." + name, comment + 1, comment);
            }
        }
    }

    private static String tableName(ParsedStatement statement, Table table) {
        return statement.hasPosition(table)
                ? Identifiers.spelling(statement, statement.firstToken(table), statement.lastToken(table))
                : null;
    }

    private static int lastToken(ParsedStatement statement) {
        int last = statement.tokenCount() - 1;
        return statement.tokenText(last).equals(";") ? last - 1 : last;
    }

    /**
     * A comment's text as an Altibase string literal, or null when it is not a quoted text without
     * backslashes (MySQL reads a backslash as an escape).
     */
    private static String literal(String token) {
        boolean single = token.length() >= 2 && token.startsWith("'") && token.endsWith("'");
        boolean dbl = token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"");
        if ((!single && !dbl) || token.indexOf('\\') >= 0) {
            return null;
        }
        if (single) {
            return token;
        }
        String text = token.substring(1, token.length() - 1).replace("\"\"", "\"");
        return "'" + text.replace("'", "''") + "'";
    }

    /** The comments found in one statement: what to remove from it and what to run after it. */
    private static final class Comments {
        private final List<Edit> edits = new ArrayList<>();
        private final List<String> statements = new ArrayList<>();
        private String problem;

        /**
         * Adds {@code prefix IS 'text'} for the comment text at token {@code value}, removing the tokens
         * {@code [keyword, value]}.
         */
        void add(ParsedStatement statement, String prefix, int value, int keyword) {
            String literal = value < statement.tokenCount() ? literal(statement.tokenText(value)) : null;
            if (literal == null) {
                fail("COMMENT: only a quoted text without backslash escapes can be carried over");
                return;
            }
            statements.add(prefix + " IS " + literal);
            edits.add(Edit.delete(TokenSegments.blanksBefore(statement, keyword), statement.tokenEnd(value)));
        }

        /** Records why the comments cannot be carried over (the first reason counts). */
        void fail(String reason) {
            if (problem == null) {
                problem = reason;
            }
        }

        /** Reports the edits and companion statements; returns why it cannot, or null. */
        String apply(RewriteContext context, String table, String undo) {
            if (problem != null || statements.isEmpty()) {
                return problem;
            }
            if (table == null) {
                return "cannot write the table name in Altibase";
            }
            for (Edit edit : edits) {
                context.edit(edit);
            }
            for (String comment : statements) {
                context.after(Step.of(comment));
            }
            context.undoMain(undo);
            return null;
        }
    }
}
