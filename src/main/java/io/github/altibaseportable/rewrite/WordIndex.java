package io.github.altibaseportable.rewrite;

import java.util.List;

/**
 * Upper-case ASCII words in an open-addressing table, each found by its position in the list it was made from,
 * matched against a region of a statement without copying it (ASCII letters compared in upper case). The
 * pre-check keeps its trigger flags and the fast path its grammar words in arrays indexed by that position.
 */
final class WordIndex {
    private final String[] table;
    /** The upper-case hash of each word in {@link #table}: most lookups end at a different hash. */
    private final int[] hashes;
    /** The position of each word of {@link #table} in the list the index was made from. */
    private final int[] positions;

    private final int mask;

    /** An index of {@code words}: upper case, no two alike. */
    WordIndex(List<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        this.table = new String[size];
        this.hashes = new int[size];
        this.positions = new int[size];
        this.mask = size - 1;
        for (int position = 0; position < words.size(); position++) {
            String upper = words.get(position);
            int hash = upperHash(upper, 0, upper.length());
            int slot = mix(hash) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = upper;
            hashes[slot] = hash;
            positions[slot] = position;
        }
    }

    /** The position of the word {@code sql[start, end)}, or -1 when it is none of the index's. */
    int positionOf(String sql, int start, int end) {
        return positionOf(sql, start, end, upperHash(sql, start, end));
    }

    /** {@link #positionOf(String, int, int)} when the caller has {@code sql[start, end)}'s {@link #upperHash}. */
    int positionOf(String sql, int start, int end, int hash) {
        int slot = mix(hash) & mask;
        String word;
        while ((word = table[slot]) != null) {
            if (hashes[slot] == hash && isUpperCaseOf(word, sql, start, end)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The hash of {@code text[start, end)} with ASCII letters in upper case. */
    static int upperHash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + upper(text.charAt(i));
        }
        return hash;
    }

    /** {@code c}, in upper case if it is an ASCII letter. */
    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    /** Whether {@code word} is {@code sql[start, end)} with ASCII letters in upper case (and nothing else). */
    private static boolean isUpperCaseOf(String word, String sql, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (upper(sql.charAt(i)) != word.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
