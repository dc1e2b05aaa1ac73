package io.github.altibaseportable.rewrite.rules;

import java.util.ArrayList;
import java.util.List;

import io.github.altibaseportable.rewrite.ParsedStatement;

/** Token-level reading of bracketed, comma-separated lists, such as a table's column definitions. */
final class Brackets {

    private Brackets() {
    }

    /** The token closing the bracket opened at token {@code open}. */
    static int close(ParsedStatement statement, int open) throws NotExpressible {
        int depth = 0;
        for (int i = open; i < statement.tokenCount(); i++) {
            String token = statement.tokenText(i);
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")") && --depth == 0) {
                return i;
            }
        }
        throw new NotExpressible("unbalanced brackets");
    }

    /** The elements, as {@code [first, last]} token ranges, of the list between tokens {@code from} and {@code to}, split at top-level commas. */
    static List<int[]> split(ParsedStatement statement, int from, int to) {
        List<int[]> elements = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            String token = statement.tokenText(i);
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth--;
            } else if (depth == 0 && token.equals(",")) {
                elements.add(new int[] {start, i - 1});
                start = i + 1;
            }
        }
        if (start <= to) {
            elements.add(new int[] {start, to});
        }
        return elements;
    }

    /** The last token of the statement, before a closing {@code ;} if there is one. */
    static int lastToken(ParsedStatement statement) {
        int last = statement.tokenCount() - 1;
        return statement.tokenText(last).equals(";") ? last - 1 : last;
    }
}
