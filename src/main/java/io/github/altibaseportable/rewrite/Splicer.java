package io.github.altibaseportable.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import net.sf.jsqlparser.expression.JdbcParameter;

/**
 * Applies edits to a statement's original text and works out where each bind parameter went.
 * Text outside the edits is copied unchanged; the parameters in it keep their order. Parameters
 * inside an edited range are dropped unless the replacement names them again.
 */
final class Splicer {
    private static final Comparator<Edit> BY_POSITION =
            Comparator.comparingInt(Edit::begin).thenComparingInt(Edit::end);

    /** The spliced text and its parameter mapping ({@code null} when unchanged). */
    record Result(String sql, ParameterMapping parameters) {
    }

    private Splicer() {
    }

    static Result splice(ParsedStatement statement, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(BY_POSITION);
        for (int i = 1; i < sorted.size(); i++) {
            Edit previous = sorted.get(i - 1);
            Edit next = sorted.get(i);
            if (next.begin() < previous.end()) {
                throw new IllegalStateException("overlapping edits " + describe(statement, previous)
                        + " and " + describe(statement, next));
            }
        }
        String sql = statement.sql();
        List<JdbcParameter> parameters = statement.parameters();
        int[] positions = new int[parameters.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = statement.begin(parameters.get(i));
        }
        int capacity = positions.length;
        for (Edit edit : sorted) {
            capacity += edit.fragments().size();
        }
        int[] originals = new int[capacity];
        long[] shifts = new long[capacity];
        int placed = 0;
        StringBuilder out = new StringBuilder(sql.length() + 32);
        int cursor = 0;
        int next = 0;
        for (Edit edit : sorted) {
            out.append(sql, cursor, edit.begin());
            for (; next < positions.length && positions[next] < edit.begin(); next++) {
                originals[placed++] = next + 1;
            }
            while (next < positions.length && positions[next] < edit.end()) {
                next++;
            }
            for (Edit.Fragment fragment : edit.fragments()) {
                if (fragment instanceof Edit.Fragment.Text text) {
                    out.append(text.sql());
                } else {
                    Edit.Fragment.Param param = (Edit.Fragment.Param) fragment;
                    out.append('?');
                    originals[placed] = param.original();
                    shifts[placed++] = param.shift();
                }
            }
            cursor = Math.max(cursor, edit.end());
        }
        out.append(sql, cursor, sql.length());
        for (; next < positions.length; next++) {
            originals[placed++] = next + 1;
        }
        return new Result(out.toString(), ParameterMapping.of(positions.length,
                Arrays.copyOf(originals, placed), Arrays.copyOf(shifts, placed)));
    }

    private static String describe(ParsedStatement statement, Edit edit) {
        return "[" + edit.begin() + ", " + edit.end() + ") '" + statement.sql().substring(edit.begin(), edit.end()) + "'";
    }
}
