package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Indexes Altibase cannot create as written (docs/altibase.md, "DDL"):
 * <ul>
 *   <li>PostgreSQL's {@code CREATE [UNIQUE] INDEX ON t (a, b)} names no index; Altibase requires a name.
 *       The index is named {@code <TABLE>_<A>_<B>_IDX} from the stored names, shortened like the implicit
 *       sequences' names ({@link ObjectNames}), so the same statement always gives the same name;</li>
 *   <li>MySQL's {@code INDEX [name] (a, b)} and {@code KEY [name] (a, b)} in a {@code CREATE TABLE} are
 *       taken out of it and run after it as {@code CREATE INDEX name ON t (a, b)} (named as above when
 *       unnamed); if that fails, the table is dropped again and the error thrown;</li>
 *   <li>MySQL's {@code UNIQUE KEY|INDEX [name] (a, b)} in a {@code CREATE TABLE} becomes
 *       {@code [CONSTRAINT name] UNIQUE (a, b)}.</li>
 * </ul>
 * Unsupported (sent as written, refused in strict mode): an unnamed index on an expression; MySQL's
 * {@code FULLTEXT} and {@code SPATIAL} indexes.
 */
public final class IndexRule implements RewriteRule {
    private static final Pattern NAME = Pattern.compile(Identifiers.NAME);
    private static final String SUFFIX = "_IDX";
    private static final Set<String> ORDER = Set.of("ASC", "DESC");

    @Override
    public String name() {
        return "indexes";
    }

    @Override
    public String description() {
        return "CREATE INDEX ON t (a, b) without a name -> CREATE INDEX T_A_B_IDX ON t (a, b); MySQL INDEX/KEY (a) "
                + "in CREATE TABLE -> CREATE INDEX after it, UNIQUE KEY k (a) -> CONSTRAINT k UNIQUE (a)";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("INDEX", "KEY", "FULLTEXT", "SPATIAL");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        String problem = null;
        if (statement.statement() instanceof CreateIndex create) {
            problem = unnamed(statement, context, create);
        } else if (statement.statement() instanceof CreateTable create && create.getIndexes() != null) {
            problem = inline(statement, context, create);
        }
        if (problem != null) {
            context.unsupported(problem);
        }
    }

    /** Names an unnamed {@code CREATE INDEX}; returns why it cannot, or {@code null}. */
    private static String unnamed(ParsedStatement statement, RewriteContext context, CreateIndex create) {
        if (create.getIndex().getName() != null) {
            return null;
        }
        int on = 1;
        while (on < statement.tokenCount() && !(statement.isWord(on - 1, "INDEX") && statement.isWord(on, "ON"))) {
            on++;
        }
        List<String> columns = create.getIndex().getColumns().stream()
                .map(Index.ColumnParams::getColumnName)
                .toList();
        boolean named = create.getIndex().getColumns().stream()
                .allMatch(column -> NAME.matcher(column.getColumnName()).matches()
                        && (column.getParams() == null
                                || column.getParams().stream()
                                        .map(Identifiers::upper)
                                        .allMatch(ORDER::contains)));
        if (on == statement.tokenCount() || !named) {
            return "an index without a name gets one only when it lists columns; name the index";
        }
        context.edit(Edit.insert(
                statement.tokenEnd(on - 1),
                " " + generatedName(create.getTable().getName(), columns)));
        return null;
    }

    /** Moves MySQL's indexes out of a {@code CREATE TABLE}; returns why it cannot, or {@code null}. */
    private static String inline(ParsedStatement statement, RewriteContext context, CreateTable create) {
        int[] list = ColumnDefinitions.columnList(statement);
        if (list == null) {
            return null;
        }
        String table = Identifiers.spelling(
                statement, statement.firstToken(create.getTable()), statement.lastToken(create.getTable()));
        List<int[]> elements = TokenSegments.split(statement, list[0] + 1, list[1] - 1);
        List<Edit> edits = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        int kept = 0;
        for (int e = 0; e < elements.size(); e++) {
            int[] element = elements.get(e);
            if (statement.isAnyWord(element[0], "FULLTEXT", "SPATIAL")) {
                return "MySQL " + Identifiers.upper(statement.tokenText(element[0])) + " indexes have no Altibase form";
            }
            if (statement.isWord(element[0], "UNIQUE") && statement.isAnyWord(element[0] + 1, "KEY", "INDEX")) {
                String problem = uniqueKey(statement, element, edits);
                if (problem != null) {
                    return problem;
                }
            }
            String index = statement.isAnyWord(element[0], "INDEX", "KEY")
                    ? indexStatement(statement, create, element, table)
                    : null;
            if (index == null) {
                kept++;
                continue;
            }
            indexes.add(index);
            // the element and the comma before it (after it, when no element is kept before it)
            int begin = kept == 0
                    ? statement.tokenBegin(element[0])
                    : TokenSegments.blanksBefore(statement, element[0] - 1);
            int end = kept == 0 && e + 1 < elements.size()
                    ? statement.tokenBegin(elements.get(e + 1)[0])
                    : statement.tokenEnd(element[1]);
            edits.add(Edit.delete(begin, end));
        }
        if (!indexes.isEmpty() && kept == 0) {
            return "a CREATE TABLE needs a column besides its indexes";
        }
        edits.forEach(context::edit);
        if (indexes.isEmpty()) {
            return null;
        }
        for (String index : indexes) {
            context.after(Step.of(index));
        }
        context.undoMain("DROP TABLE " + table);
        return null;
    }

    /**
     * Adds the edit that writes MySQL's {@code UNIQUE KEY|INDEX [name] (...)} element {@code [first, last]} as
     * {@code [CONSTRAINT name] UNIQUE (...)}; returns why it cannot, or {@code null}.
     */
    private static String uniqueKey(ParsedStatement statement, int[] element, List<Edit> edits) {
        int open = element[0] + 2;
        String name = statement.tokenText(open).equals("(") ? null : Identifiers.spelling(statement.tokenText(open++));
        if (!statement.tokenText(open).equals("(") || (open == element[0] + 3 && name == null)) {
            return "cannot write the unique key " + statement.tokenText(element[0] + 2) + " for Altibase";
        }
        edits.add(Edit.replace(
                statement.tokenBegin(element[0]),
                statement.tokenBegin(open),
                (name == null ? "" : "CONSTRAINT " + name + " ") + "UNIQUE "));
        return null;
    }

    /**
     * {@code CREATE INDEX name ON table (columns)} for the element {@code [first, last]} of {@code create}
     * when it is one of the MySQL indexes the parser read ({@code INDEX|KEY [name] (a [ASC|DESC], ...)};
     * a column named {@code key} is not one), else {@code null}.
     */
    private static String indexStatement(ParsedStatement statement, CreateTable create, int[] element, String table) {
        int open = statement.tokenText(element[0] + 1).equals("(") ? element[0] + 1 : element[0] + 2;
        String name = open == element[0] + 2 ? statement.tokenText(element[0] + 1) : null;
        if (table == null
                || !statement.tokenText(open).equals("(")
                || TokenSegments.closing(statement, open) != element[1]) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        List<String> spelled = new ArrayList<>();
        for (int[] part : TokenSegments.split(statement, open + 1, element[1] - 1)) {
            String column = statement.tokenText(part[0]);
            if (!NAME.matcher(column).matches()
                    || Identifiers.spelling(column) == null
                    || part[1] > part[0] + 1
                    || (part[1] > part[0] && !statement.isAnyWord(part[1], "ASC", "DESC"))) {
                return null;
            }
            columns.add(column);
            spelled.add(Identifiers.spelling(column) + (part[1] > part[0] ? " " + statement.tokenText(part[1]) : ""));
        }
        boolean parsed = create.getIndexes().stream()
                .anyMatch(
                        index -> ("INDEX".equalsIgnoreCase(index.getType()) || "KEY".equalsIgnoreCase(index.getType()))
                                && Objects.equals(index.getName(), name)
                                && index.getColumns().stream()
                                        .map(Index.ColumnParams::getColumnName)
                                        .toList()
                                        .equals(columns));
        if (!parsed || (name != null && Identifiers.spelling(name) == null)) {
            return null;
        }
        return "CREATE INDEX "
                + (name == null ? generatedName(create.getTable().getName(), columns) : Identifiers.spelling(name))
                + " ON " + table + " (" + String.join(", ", spelled) + ")";
    }

    /** The SQL name {@code <TABLE>_<COLUMNS>_IDX} of an unnamed index of {@code table} (as written) on {@code columns}. */
    private static String generatedName(String table, List<String> columns) {
        List<String> written = new ArrayList<>();
        written.add(table);
        written.addAll(columns);
        String stored = ObjectNames.shortened(
                String.join("_", written.stream().map(QualifiedName::stored).toList()), SUFFIX);
        return ObjectNames.quoted(written, stored) ? QualifiedName.quote(stored) : stored;
    }
}
