package io.github.altibaseportable.rewrite.rules;

/**
 * The one place that says how a portable boolean is written for Altibase, which has no BOOLEAN
 * values in tables: a SMALLINT holding 1 for TRUE and 0 for FALSE. Where SQL needs a truth value
 * rather than a value ({@code WHERE TRUE}), TRUE is {@code 1=1} and FALSE is {@code 1=0}.
 */
final class BooleanMapping {
    /** The column type that holds a boolean. */
    static final String COLUMN_TYPE = "SMALLINT";
    /** The value stored for TRUE. */
    static final String TRUE_VALUE = "1";
    /** The value stored for FALSE. */
    static final String FALSE_VALUE = "0";

    private BooleanMapping() {}

    /** The value that stands for {@code value}. */
    static String value(boolean value) {
        return value ? TRUE_VALUE : FALSE_VALUE;
    }

    /** A condition that is always {@code value}. */
    static String condition(boolean value) {
        return value ? "1=1" : "1=0";
    }
}
