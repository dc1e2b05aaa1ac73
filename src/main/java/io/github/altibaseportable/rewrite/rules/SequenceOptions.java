package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The options of an identity column's sequence, read from the portable spellings ({@code START WITH},
 * PostgreSQL's {@code START 5}, {@code NO MAXVALUE}, {@code NO CYCLE}, {@code NO CACHE}, SQL Server's
 * {@code IDENTITY(s, i)}, ...) and written as Altibase spells them: {@code NOMAXVALUE}, {@code NOMINVALUE},
 * {@code NOCYCLE} and {@code NOCACHE} as single words, no {@code ORDER}. {@code START WITH} and
 * {@code INCREMENT BY} are always written; the start defaults to the SQL standard's (1, or -1 for a
 * descending sequence, or the given bound).
 */
final class SequenceOptions {
    private Long start;
    private long increment = 1;
    private Long minValue;
    private Long maxValue;
    private boolean noMinValue;
    private boolean noMaxValue;
    private Boolean cycle;
    private Long cache;
    private boolean noCache;

    /** The defaults: start with 1, increment by 1. */
    SequenceOptions() {}

    /** Sets the start, as MySQL's table option {@code AUTO_INCREMENT = n} does. */
    void startWith(long value) {
        start = value;
    }

    boolean hasStart() {
        return start != null;
    }

    /** The start given, or {@code null}. */
    Long startValue() {
        return start;
    }

    long increment() {
        return increment;
    }

    /**
     * Reads SQL Server's and H2's positional {@code (start[, increment])} between tokens {@code from} and
     * {@code to} (inclusive, brackets excluded).
     */
    static SequenceOptions positional(ParsedStatement statement, int from, int to) throws NotExpressible {
        SequenceOptions options = new SequenceOptions();
        WholeNumber start = WholeNumber.read(statement, from, to);
        options.start = start.value;
        int next = start.next;
        if (next <= to) {
            if (!statement.tokenText(next).equals(",")) {
                throw new NotExpressible("identity arguments should be (start, increment)");
            }
            WholeNumber increment = WholeNumber.read(statement, next + 1, to);
            options.increment = increment.value;
            next = increment.next;
        }
        if (next <= to) {
            throw new NotExpressible("identity arguments should be (start, increment)");
        }
        options.checkIncrement();
        return options;
    }

    /** The options that take a number, and where each one puts it. */
    private static final Map<String, BiConsumer<SequenceOptions, Long>> NUMBERS = Map.of(
            "START", (options, value) -> options.start = value,
            "INCREMENT", (options, value) -> options.increment = value,
            "MINVALUE", (options, value) -> options.minValue = value,
            "MAXVALUE", (options, value) -> options.maxValue = value,
            "CACHE", (options, value) -> options.cache = value);
    /** The options that are one word, Altibase's spelling of {@code NO x} included, and what each one sets. */
    private static final Map<String, Consumer<SequenceOptions>> WORDS = Map.of(
            "NOMINVALUE", options -> options.noMinValue = true,
            "NOMAXVALUE", options -> options.noMaxValue = true,
            "CYCLE", options -> options.cycle = true,
            "NOCYCLE", options -> options.cycle = false,
            "NOCACHE", options -> options.noCache = true,
            "ORDER", options -> {},
            "NOORDER", options -> {});

    /** Reads the keyword options of {@code GENERATED ... AS IDENTITY (...)} between tokens {@code from} and {@code to}. */
    static SequenceOptions keywords(ParsedStatement statement, int from, int to) throws NotExpressible {
        SequenceOptions options = new SequenceOptions();
        int i = from;
        while (i <= to) {
            String word = statement.tokenText(i).toUpperCase(Locale.ROOT);
            if (word.equals("NO") && i < to) {
                word = "NO" + statement.tokenText(++i).toUpperCase(Locale.ROOT);
            }
            if (NUMBERS.containsKey(word)) {
                int at = i + 1;
                if (statement.isWord(at, word.equals("START") ? "WITH" : "BY")) {
                    at++;
                }
                WholeNumber value = WholeNumber.read(statement, at, to);
                NUMBERS.get(word).accept(options, value.value);
                i = value.next;
            } else if (WORDS.containsKey(word)) {
                WORDS.get(word).accept(options);
                i++;
            } else if (word.equals(",")) {
                i++;
            } else {
                throw new NotExpressible("identity option " + statement.tokenText(i) + " has no Altibase equivalent");
            }
        }
        options.checkIncrement();
        return options;
    }

    private void checkIncrement() throws NotExpressible {
        if (increment == 0) {
            throw new NotExpressible("an identity cannot increment by 0");
        }
    }

    /** The start this sequence gets when none is given: 1, or -1 when descending, or the bound given. */
    long defaultStart() {
        if (increment > 0) {
            return minValue != null ? minValue : 1;
        }
        return maxValue != null ? maxValue : -1;
    }

    /** {@code CREATE SEQUENCE name START WITH ... INCREMENT BY ...} and the other options, Altibase spelling. */
    String createSequence(String name, String startValue) {
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ")
                .append(name)
                .append(" START WITH ")
                .append(startValue)
                .append(" INCREMENT BY ")
                .append(increment);
        if (minValue != null) {
            sql.append(" MINVALUE ").append(minValue);
        } else if (noMinValue) {
            sql.append(" NOMINVALUE");
        }
        if (maxValue != null) {
            sql.append(" MAXVALUE ").append(maxValue);
        } else if (noMaxValue) {
            sql.append(" NOMAXVALUE");
        }
        if (cycle != null) {
            sql.append(cycle ? " CYCLE" : " NOCYCLE");
        }
        if (cache != null) {
            sql.append(" CACHE ").append(cache);
        } else if (noCache) {
            sql.append(" NOCACHE");
        }
        return sql.toString();
    }

    /** {@code CREATE SEQUENCE} with the given or default start. */
    String createSequence(String name) {
        return createSequence(name, String.valueOf(start != null ? start : defaultStart()));
    }

    /** A signed whole number read from the tokens, and the token after it. */
    private record WholeNumber(long value, int next) {
        static WholeNumber read(ParsedStatement statement, int index, int to) throws NotExpressible {
            boolean negative = false;
            int i = index;
            if (i <= to
                    && (statement.tokenText(i).equals("-")
                            || statement.tokenText(i).equals("+"))) {
                negative = statement.tokenText(i).equals("-");
                i++;
            }
            if (i > to) {
                throw new NotExpressible("identity option value missing");
            }
            try {
                long value = Long.parseLong(statement.tokenText(i));
                return new WholeNumber(negative ? -value : value, i + 1);
            } catch (NumberFormatException notWhole) {
                throw new NotExpressible(
                        "identity option value '" + statement.tokenText(i) + "' is not a whole number");
            }
        }
    }
}
