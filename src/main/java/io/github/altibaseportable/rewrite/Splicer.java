package io.github.altibaseportable.rewrite;

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
 *
 * <p>Text that an edit writes never glues to a word next to it: where a word character it writes
 * meets a word character of the original text or of another edit, a blank is put between them
 * ({@code SELECT(a) = 1} does not become {@code SELECTCASE WHEN ...}).
 */
final class Splicer {
    /** By start; at one start: insertions, then wider edits, then deletions before same-range edits. */
    private static final Comparator<Edit> BY_POSITION = Comparator.comparingInt(Edit::begin)
            .thenComparing((Edit edit) -> edit.begin() != edit.end())
            .thenComparing(Comparator.comparingInt(Edit::end).reversed())
            .thenComparing((Edit edit) -> !isDeletion(edit));

    /**
     * The spliced text, its parameter mapping ({@code null} when unchanged), and the steps it took (edits
     * and parameters looked at), which tests check grow no faster than the edits.
     */
    record Result(String sql, ParameterMapping parameters, long steps) {}

    private final String sql;
    /** The edits, sorted {@link #BY_POSITION}, and where each begins. */
    private final Edit[] edits;

    private final int[] begins;
    /** Where each parameter's {@code ?} is, in text order. */
    private final int[] parameterPositions;

    private final StringBuilder out;
    private int[] originals;
    private long[] shifts;
    private int placed;
    /** Whose text {@link #out} ends with: an edit, or {@code null} for original text outside every edit. */
    private Edit lastWriter;

    private long steps;

    private Splicer(String sql, int[] parameterPositions, List<Edit> edits) {
        this.sql = sql;
        this.edits = edits.toArray(new Edit[0]);
        Arrays.sort(this.edits, BY_POSITION);
        this.begins = new int[this.edits.length];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = this.edits[i].begin();
        }
        this.parameterPositions = parameterPositions;
        this.out = new StringBuilder(sql.length() + 32);
        this.originals = new int[parameterPositions.length + 4];
        this.shifts = new long[originals.length];
    }

    static Result splice(ParsedStatement statement, List<Edit> edits) {
        int[] parameterPositions = new int[statement.parameterCount()];
        for (int i = 0; i < parameterPositions.length; i++) {
            parameterPositions[i] = statement.parameterBegin(i + 1);
        }
        return splice(statement.sql(), parameterPositions, edits);
    }

    /** Splices {@code edits} into {@code sql}, whose bind parameters' {@code ?} are at {@code parameterPositions}. */
    static Result splice(String sql, int[] parameterPositions, List<Edit> edits) {
        Splicer splicer = new Splicer(sql, parameterPositions, edits);
        splicer.checkStructure();
        splicer.render(0, splicer.sql.length(), true, null);
        return new Result(
                splicer.out.toString(),
                ParameterMapping.of(
                        splicer.parameterPositions.length,
                        Arrays.copyOf(splicer.originals, splicer.placed),
                        Arrays.copyOf(splicer.shifts, splicer.placed)),
                splicer.steps);
    }

    /**
     * Throws on crossing edits and on two replacements of one range, in one pass over the sorted edits:
     * the edits that contain the current one are a stack of nested ranges, and an edit can only cross
     * the innermost one still open where it begins.
     */
    private void checkStructure() {
        Edit[] open = new Edit[edits.length];
        int depth = 0;
        for (int i = 0; i < edits.length; i++) {
            steps++;
            Edit edit = edits[i];
            if (i > 0) {
                Edit previous = edits[i - 1];
                if (previous.begin() == edit.begin()
                        && previous.end() == edit.end()
                        && edit.begin() != edit.end()
                        && !isDeletion(previous)
                        && !isDeletion(edit)) {
                    throw conflict(previous, edit);
                }
            }
            while (depth > 0 && open[depth - 1].end() <= edit.begin()) {
                steps++;
                depth--;
            }
            if (depth > 0) {
                Edit outer = open[depth - 1];
                if (outer.begin() < edit.begin() && outer.end() < edit.end()) {
                    throw conflict(outer, edit);
                }
            }
            if (edit.begin() != edit.end()) {
                open[depth++] = edit;
            }
        }
    }

    private IllegalStateException conflict(Edit a, Edit b) {
        return new IllegalStateException("conflicting edits " + describe(a) + " and " + describe(b) + " of: " + sql);
    }

    /**
     * Writes the original text {@code [from, to)} with the edits inside it, except {@code copying}, applied.
     * Only the edits that begin in the range are looked at, and the edits inside one that takes effect
     * are stepped over: each edit is looked at once per range that copies it.
     */
    @SuppressWarnings("ReferenceEquality") // copying is one of the edits itself
    private void render(int from, int to, boolean whole, Edit copying) {
        int cursor = from;
        int i = firstBeginningAt(from, 0);
        while (i < edits.length && begins[i] <= to) {
            steps++;
            Edit edit = edits[i];
            if (edit == copying || !isInside(edit, from, to, whole)) {
                i++;
                continue;
            }
            copy(cursor, edit.begin(), copying);
            for (Edit.Fragment fragment : edit.fragments()) {
                if (fragment instanceof Edit.Fragment.Text text) {
                    write(text.sql(), 0, text.sql().length(), edit);
                } else if (fragment instanceof Edit.Fragment.Param param) {
                    write("?", 0, 1, edit);
                    place(param.original(), param.shift());
                } else {
                    Edit.Fragment.Source source = (Edit.Fragment.Source) fragment;
                    render(source.begin(), source.end(), false, edit);
                }
            }
            cursor = Math.max(cursor, edit.end());
            i = edit.begin() == edit.end() ? i + 1 : skipContained(edit, i + 1);
        }
        copy(cursor, to, copying);
    }

    /** The first index from {@code start} on whose edit begins at or after {@code position}. */
    private int firstBeginningAt(int position, int start) {
        int low = start;
        int high = edits.length;
        while (low < high) {
            steps++;
            int middle = (low + high) >>> 1;
            if (begins[middle] < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The index of the first edit from {@code start} on that {@code outer} (not an insertion) does not
     * contain: edits that begin where it ends (edits do not cross, and those after it that begin
     * inside it end inside it). An insertion at its start sorts before it.
     */
    private int skipContained(Edit outer, int start) {
        return firstBeginningAt(outer.end(), start);
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

    private static boolean isDeletion(Edit edit) {
        return edit.fragments().isEmpty();
    }

    /** Copies original text, which {@code writer} copies ({@code null}: outside every edit), and records its parameters. */
    private void copy(int from, int to, Edit writer) {
        if (from >= to) {
            return;
        }
        write(sql, from, to, writer);
        int i = Arrays.binarySearch(parameterPositions, from);
        for (i = i < 0 ? -i - 1 : i; i < parameterPositions.length && parameterPositions[i] < to; i++) {
            steps++;
            place(i + 1, 0);
        }
    }

    /** Appends {@code text[from, to)} for {@code writer}, with a blank where it would glue to the word before it. */
    @SuppressWarnings("ReferenceEquality") // the same edit writing on, not an equal one
    private void write(String text, int from, int to, Edit writer) {
        if (from < to) {
            int length = out.length();
            if (writer != lastWriter
                    && length > 0
                    && isWordCharacter(out.charAt(length - 1))
                    && isWordCharacter(text.charAt(from))) {
                out.append(' ');
            }
            out.append(text, from, to);
            lastWriter = writer;
        }
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
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
