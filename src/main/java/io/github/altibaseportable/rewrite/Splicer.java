package io.github.altibaseportable.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Applies edits to a statement's original text and works out where each bind parameter went.
 *
 * <p>Text outside the edits is copied unchanged, and the parameters in it keep their order.
 * Parameters inside an edited range are dropped unless the replacement names them again
 * ({@link Edit.Fragment.Param}) or copies their text ({@link Edit.Fragment.Source}).
 *
 * <p>Edits may nest. The edits that take effect directly are the outermost ones; an edit inside
 * another one takes effect where a {@code Source} fragment copies the text around it. An edit may
 * copy its own range (to wrap it): the copy has the other edits inside applied. An insertion
 * exactly at the start or end of a copied range stays where it is written (it is not copied along).
 * When a deletion and another edit have the same range, the other edit is inside the deletion. Edits
 * that cross, and two replacements of one range, are a bug in the rules and throw.
 */
final class Splicer {
    /** By start; at one start: insertions, then wider edits, then deletions before same-range edits. */
    private static final Comparator<Edit> BY_POSITION = Comparator.comparingInt(Edit::begin)
            .thenComparing((Edit edit) -> edit.begin() != edit.end())
            .thenComparing(Comparator.comparingInt(Edit::end).reversed())
            .thenComparing((Edit edit) -> !isDeletion(edit));

    /** The spliced text and its parameter mapping ({@code null} when unchanged). */
    record Result(String sql, ParameterMapping parameters) {
    }

    private final String sql;
    private final List<Edit> edits;
    private final int[] parameterPositions;
    private final StringBuilder out;
    private int[] originals;
    private long[] shifts;
    private int placed;

    private Splicer(ParsedStatement statement, List<Edit> edits) {
        this.sql = statement.sql();
        this.edits = new ArrayList<>(edits);
        this.edits.sort(BY_POSITION);
        this.parameterPositions = new int[statement.parameterCount()];
        for (int i = 0; i < parameterPositions.length; i++) {
            parameterPositions[i] = statement.parameterBegin(i + 1);
        }
        this.out = new StringBuilder(sql.length() + 32);
        this.originals = new int[parameterPositions.length + 4];
        this.shifts = new long[originals.length];
    }

    static Result splice(ParsedStatement statement, List<Edit> edits) {
        Splicer splicer = new Splicer(statement, edits);
        splicer.checkStructure(statement);
        splicer.render(0, splicer.sql.length(), true, null);
        return new Result(splicer.out.toString(), ParameterMapping.of(splicer.parameterPositions.length,
                Arrays.copyOf(splicer.originals, splicer.placed), Arrays.copyOf(splicer.shifts, splicer.placed)));
    }

    private void checkStructure(ParsedStatement statement) {
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                Edit a = edits.get(i);
                Edit b = edits.get(j);
                boolean crossing = a.begin() < b.begin() && b.begin() < a.end() && a.end() < b.end();
                boolean sameReplacement = a.begin() == b.begin() && a.end() == b.end() && a.begin() != a.end()
                        && !isDeletion(a) && !isDeletion(b);
                if (crossing || sameReplacement) {
                    throw new IllegalStateException("conflicting edits " + describe(a) + " and " + describe(b)
                            + " of: " + statement.sql());
                }
            }
        }
    }

    /** Writes the original text {@code [from, to)} with the edits inside it, except {@code copying}, applied. */
    @SuppressWarnings("ReferenceEquality") // copying is one of the edits itself
    private void render(int from, int to, boolean whole, Edit copying) {
        int cursor = from;
        Edit outer = null;
        for (Edit edit : edits) {
            if (edit == copying || !isInside(edit, from, to, whole) || (outer != null && contains(outer, edit))) {
                continue;
            }
            copy(cursor, edit.begin());
            for (Edit.Fragment fragment : edit.fragments()) {
                if (fragment instanceof Edit.Fragment.Text text) {
                    out.append(text.sql());
                } else if (fragment instanceof Edit.Fragment.Param param) {
                    out.append('?');
                    place(param.original(), param.shift());
                } else {
                    Edit.Fragment.Source source = (Edit.Fragment.Source) fragment;
                    render(source.begin(), source.end(), false, edit);
                }
            }
            cursor = Math.max(cursor, edit.end());
            outer = edit;
        }
        copy(cursor, to);
    }

    /**
     * Whether {@code edit} takes part in rendering {@code [from, to)}: it lies within the range, it is
     * not an insertion at the edge of a copied range, and it is not the deletion a move leaves behind.
     */
    private static boolean isInside(Edit edit, int from, int to, boolean whole) {
        if (edit.begin() < from || edit.end() > to) {
            return false;
        }
        if (whole) {
            return true;
        }
        boolean insertion = edit.begin() == edit.end();
        if (insertion && (edit.begin() == from || edit.begin() == to)) {
            return false;
        }
        return !(isDeletion(edit) && edit.begin() == from && edit.end() == to);
    }

    /** Whether {@code inner} lies within {@code outer}, and so is applied only through it. */
    private static boolean contains(Edit outer, Edit inner) {
        if (inner.begin() < outer.begin() || inner.end() > outer.end()) {
            return false;
        }
        boolean insertion = inner.begin() == inner.end();
        if (insertion && (inner.begin() == outer.begin() || inner.begin() == outer.end())) {
            return false;
        }
        return true;
    }

    private static boolean isDeletion(Edit edit) {
        return edit.fragments().isEmpty();
    }

    /** Copies original text and records the parameters in it. */
    private void copy(int from, int to) {
        if (from >= to) {
            return;
        }
        out.append(sql, from, to);
        for (int i = 0; i < parameterPositions.length; i++) {
            if (parameterPositions[i] >= from && parameterPositions[i] < to) {
                place(i + 1, 0);
            }
        }
    }

    private void place(int original, long shift) {
        if (placed == originals.length) {
            originals = Arrays.copyOf(originals, placed * 2);
            shifts = Arrays.copyOf(shifts, placed * 2);
        }
        originals[placed] = original;
        shifts[placed++] = shift;
    }

    private String describe(Edit edit) {
        return "[" + edit.begin() + ", " + edit.end() + ") '" + sql.substring(edit.begin(), edit.end()) + "'";
    }
}
