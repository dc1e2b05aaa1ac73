package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Bracket-aware reading of a statement's tokens, for the parts of DDL that JSqlParser gives no text
 * positions for (column definitions, ALTER TABLE actions, table options).
 */
final class TokenSegments {

    private TokenSegments() {}

    /** The index of the {@code )} that closes the {@code (} at {@code open}, or -1. */
    static int closing(ParsedStatement statement, int open) {
        int depth = 0;
        for (int i = open; i < statement.tokenCount(); i++) {
            String token = statement.tokenText(i);
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last token of the bracketed group starting at {@code index}, or {@code index} itself. */
    static int skipGroup(ParsedStatement statement, int index) {
        if (statement.tokenText(index).equals("(")) {
            int close = closing(statement, index);
            return close < 0 ? statement.tokenCount() - 1 : close;
        }
        return index;
    }

    /**
     * The tokens {@code [from, to]} split at commas outside brackets: one {@code {first, last}} pair per
     * part, empty parts left out.
     */
    static List<int[]> split(ParsedStatement statement, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (statement.tokenText(i).equals(",")) {
                if (i > start) {
                    parts.add(new int[] {start, i - 1});
                }
                start = i + 1;
            } else {
                i = skipGroup(statement, i);
            }
        }
        if (to >= start) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    /**
     * Where the blanks before token {@code index} start (comments before it are kept): the text from
     * there to the end of a later token can be deleted without joining words.
     */
    static int blanksBefore(ParsedStatement statement, int index) {
        int floor = index == 0 ? 0 : statement.tokenEnd(index - 1);
        int begin = statement.tokenBegin(index);
        while (begin > floor && Character.isWhitespace(statement.sql().charAt(begin - 1))) {
            begin--;
        }
        return begin;
    }

    /** The first token in {@code [from, to]} outside brackets that is one of {@code words}, or -1. */
    static int find(ParsedStatement statement, int from, int to, String... words) {
        for (int i = from; i <= to; i++) {
            if (statement.isAnyWord(i, words)) {
                return i;
            }
            i = skipGroup(statement, i);
        }
        return -1;
    }
}
