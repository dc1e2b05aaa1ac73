package io.github.altibaseportable.rewrite;

import java.util.Arrays;

/**
 * The {@code java.sql.Types} of the values bound to some parameters of a statement, for a plan whose
 * casts depend on them ({@link StatementPlan#typedParameters()}); part of the cache key of such plans.
 */
public final class BoundTypes {
    private final int[] parameters;
    private final int[] types;

    private BoundTypes(int[] parameters, int[] types) {
        this.parameters = parameters;
        this.types = types;
    }

    /** The types {@code types[i]} of the application's parameters {@code parameters[i]} (1-based). */
    public static BoundTypes of(int[] parameters, int[] types) {
        if (parameters.length != types.length) {
            throw new IllegalArgumentException("one type per parameter");
        }
        return new BoundTypes(parameters.clone(), types.clone());
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
        return other instanceof BoundTypes that && Arrays.equals(parameters, that.parameters)
                && Arrays.equals(types, that.types);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(parameters) + Arrays.hashCode(types);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parameters.length; i++) {
            text.append(i == 0 ? "" : " ").append(parameters[i]).append(':').append(types[i]);
        }
        return text.toString();
    }
}
