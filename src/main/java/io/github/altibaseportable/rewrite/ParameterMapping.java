package io.github.altibaseportable.rewrite;

import java.util.Arrays;

/**
 * How the application's bind parameters reach the rewritten statement: original parameter
 * {@code i} (1-based) is bound at the delegate positions {@link #targets(int)}, each with its value
 * increased by {@link #shift(int, int)}. A statement whose parameters are unchanged has no mapping
 * at all ({@code null} in {@link StatementPlan#parameters()}), so binding costs nothing extra.
 */
public final class ParameterMapping {
    private static final int[] NONE = new int[0];

    private final int[][] targets;
    private final long[][] shifts;
    private final int delegateCount;

    private ParameterMapping(int[][] targets, long[][] shifts, int delegateCount) {
        this.targets = targets;
        this.shifts = shifts;
        this.delegateCount = delegateCount;
    }

    /**
     * Builds the mapping from the rewritten statement's parameters, in text order: the delegate
     * parameter {@code p + 1} takes original parameter {@code originals[p]} increased by
     * {@code shifts[p]}. Returns {@code null} when that is the identity.
     */
    public static ParameterMapping of(int originalCount, int[] originals, long[] shifts) {
        boolean identity = originals.length == originalCount;
        for (int p = 0; identity && p < originals.length; p++) {
            identity = originals[p] == p + 1 && shifts[p] == 0;
        }
        if (identity) {
            return null;
        }
        int[] uses = new int[originalCount + 1];
        for (int original : originals) {
            if (original < 1 || original > originalCount) {
                throw new IllegalArgumentException("no original parameter " + original + " of " + originalCount);
            }
            uses[original]++;
        }
        int[][] targets = new int[originalCount + 1][];
        long[][] valueShifts = new long[originalCount + 1][];
        for (int original = 1; original <= originalCount; original++) {
            targets[original] = uses[original] == 0 ? NONE : new int[uses[original]];
            valueShifts[original] = new long[uses[original]];
        }
        int[] filled = new int[originalCount + 1];
        for (int p = 0; p < originals.length; p++) {
            int original = originals[p];
            targets[original][filled[original]] = p + 1;
            valueShifts[original][filled[original]] = shifts[p];
            filled[original]++;
        }
        return new ParameterMapping(targets, valueShifts, originals.length);
    }

    /** The number of parameters the application binds. */
    public int originalCount() {
        return targets.length - 1;
    }

    /** The number of parameters in the rewritten statement. */
    public int delegateCount() {
        return delegateCount;
    }

    /**
     * The delegate positions original parameter {@code original} is bound at; empty when the
     * rewrite dropped it. Throws for a number outside {@code 1..originalCount()}.
     */
    public int[] targets(int original) {
        checkIndex(original);
        return targets[original];
    }

    /** The amount added to the value of {@code original} at its {@code use}-th target. */
    public long shift(int original, int use) {
        checkIndex(original);
        return shifts[original][use];
    }

    /** The original parameter bound at delegate position {@code delegate}, or 0 when none. */
    public int originalAt(int delegate) {
        for (int original = 1; original < targets.length; original++) {
            for (int target : targets[original]) {
                if (target == delegate) {
                    return original;
                }
            }
        }
        return 0;
    }

    private void checkIndex(int original) {
        if (original < 1 || original >= targets.length) {
            throw new IndexOutOfBoundsException(
                    "parameter index " + original + " is out of range 1.." + (targets.length - 1));
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int delegate = 1; delegate <= delegateCount; delegate++) {
            int original = originalAt(delegate);
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(original);
            int use = Arrays.binarySearch(targets[original], delegate);
            long shift = use >= 0 ? shifts[original][use] : 0;
            if (shift > 0) {
                text.append('+').append(shift);
            } else if (shift < 0) {
                text.append(shift);
            }
        }
        return text.toString();
    }
}
