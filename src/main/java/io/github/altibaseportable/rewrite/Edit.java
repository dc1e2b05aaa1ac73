package io.github.altibaseportable.rewrite;

import java.util.List;

/**
 * One change to the original SQL text: the characters {@code [begin, end)} (0-based string
 * indexes) are replaced by {@code fragments}. An insertion has {@code begin == end}; a deletion has
 * no fragments. Everything outside the edits of a statement is kept byte for byte.
 *
 * <p>Bind parameters inside a replaced range are not carried over implicitly: a replacement names
 * the original parameters it contains with {@link Fragment.Param}, which is how a rule moves a
 * parameter, uses it twice, or shifts its value; or it copies a piece of the original text, with its
 * parameters, with {@link Fragment.Source}.
 *
 * <p>Edits of different rules may nest: an edit may lie inside the range of another edit. The inner
 * edit takes effect where the outer edit's replacement copies its text with a {@code Source} fragment,
 * and is dropped where the outer edit discards that text. Edits whose ranges cross are a bug.
 */
public record Edit(int begin, int end, List<Fragment> fragments) {

    public Edit {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad edit range [" + begin + ", " + end + ")");
        }
        fragments = List.copyOf(fragments);
    }

    /** Replaces {@code [begin, end)} by plain text. */
    public static Edit replace(int begin, int end, String text) {
        return new Edit(begin, end, List.of(new Fragment.Text(text)));
    }

    /** Inserts plain text before the character at {@code position}. */
    public static Edit insert(int position, String text) {
        return replace(position, position, text);
    }

    /** Moves the original text {@code [begin, end)} (with any edits inside it) to {@code position}. */
    public static List<Edit> move(int begin, int end, int position) {
        return List.of(delete(begin, end), new Edit(position, position, List.of(new Fragment.Source(begin, end))));
    }

    /** Removes {@code [begin, end)}. */
    public static Edit delete(int begin, int end) {
        return new Edit(begin, end, List.of());
    }

    /** A piece of replacement text: literal SQL, or an original bind parameter. */
    public sealed interface Fragment {

        /** Literal SQL text. */
        record Text(String sql) implements Fragment {}

        /**
         * The original bind parameter number {@code original} (1-based, in the order the
         * application binds), written as {@code ?}; the value bound to it reaches the server
         * increased by {@code shift}.
         */
        record Param(int original, long shift) implements Fragment {
            public Param {
                if (original < 1) {
                    throw new IllegalArgumentException("parameter numbers start at 1: " + original);
                }
            }
        }

        /**
         * The original text {@code [begin, end)}, with its bind parameters and with the edits of other
         * rules that lie inside it applied. Used to move or repeat a piece of the statement.
         */
        record Source(int begin, int end) implements Fragment {
            public Source {
                if (begin < 0 || end < begin) {
                    throw new IllegalArgumentException("bad source range [" + begin + ", " + end + ")");
                }
            }
        }
    }
}
