package io.github.altibaseportable.rewrite;

import java.util.Arrays;

/**
 * The {@code java.sql.Types} of the values bound to some parameters of a statement, and the number of
 * elements of the arrays among them, for a plan whose casts or {@code IN} lists depend on them
 * ({@link StatementPlan#typedParameters()}); part of the cache key of such plans.
 */
public final class BoundTypes {
    /** In {@link #lengths}: the value bound is no array. */
    private static final int NO_ARRAY = -1;

    private final int[] parameters;
    private final int[] types;
    private final int[] lengths;

    private BoundTypes(int[] parameters, int[] types, int[] lengths) {
        this.parameters = parameters;
        this.types = types;
        this.lengths = lengths;
    }

    /**
     * The types {@code types[i]} of the application's parameters {@code parameters[i]} (1-based), and
     * for those bound to an array, its number of elements {@code lengths[i]} (a negative number for the others).
     */
    public static BoundTypes of(int[] parameters, int[] types, int[] lengths) {
        if (parameters.length != types.length || parameters.length != lengths.length) {
            throw new IllegalArgumentException("one type and one length per parameter");
        }
        int[] normalized = lengths.clone();
        for (int i = 0; i < normalized.length; i++) {
            normalized[i] = Math.max(NO_ARRAY, normalized[i]);
        }
        return new BoundTypes(parameters.clone(), types.clone(), normalized);
    }

    /** The number of elements of the array bound to {@code parameter}; {@code null} when no array is. */
    public Integer arrayLength(int parameter) {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == parameter && lengths[i] != NO_ARRAY) {
                return lengths[i];
            }
        }
        return null;
    }

    /** The type bound to {@code parameter}, or {@code null} when it is not one of these. */
    public Integer typeOf(int parameter) {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == parameter) {
                return types[i];
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoundTypes that
                && Arrays.equals(parameters, that.parameters)
                && Arrays.equals(types, that.types)
                && Arrays.equals(lengths, that.lengths);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(parameters) + Arrays.hashCode(types)) + Arrays.hashCode(lengths);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parameters.length; i++) {
            text.append(i == 0 ? "" : " ").append(parameters[i]).append(':').append(types[i]);
            if (lengths[i] != NO_ARRAY) {
                text.append('[').append(lengths[i]).append(']');
            }
        }
        return text.toString();
    }
}
