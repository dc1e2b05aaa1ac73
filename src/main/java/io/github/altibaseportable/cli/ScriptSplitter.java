package io.github.altibaseportable.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an SQL script into statements: at {@code ;} outside string literals, quoted identifiers
 * and comments, and at a line holding only {@code /}. A PSM block ({@code CREATE [OR REPLACE]
 * PROCEDURE|FUNCTION|TRIGGER|PACKAGE|TYPESET}, {@code DECLARE}, {@code BEGIN}) contains
 * semicolons of its own, so it ends only at a {@code /} line or at the end of the script, as in
 * Altibase's iSQL. Statements are returned without their terminator; empty ones are dropped.
 */
final class ScriptSplitter {
    private static final Pattern BLOCK_START = Pattern.compile(
            "(CREATE\\s+(OR\\s+REPLACE\\s+)?(PROCEDURE|FUNCTION|TRIGGER|PACKAGE|TYPESET)|DECLARE|BEGIN)\\b.*",
            Pattern.DOTALL);

    private ScriptSplitter() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        int length = script.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(script, i, c);
            } else if (c == '-' && i + 1 < length && script.charAt(i + 1) == '-') {
                int newline = script.indexOf('\n', i);
                i = newline < 0 ? length : newline;
            } else if (c == '/' && i + 1 < length && script.charAt(i + 1) == '*') {
                int close = script.indexOf("*/", i + 2);
                i = close < 0 ? length : close + 2;
            } else if (c == ';' && !isBlock(script, start, i)) {
                add(statements, script.substring(start, i));
                start = ++i;
            } else if (c == '/' && isAloneOnLine(script, i)) {
                add(statements, script.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        add(statements, script.substring(start));
        return statements;
    }

    private static boolean isBlock(String script, int start, int end) {
        String head = stripLeadingComments(script.substring(start, end)).toUpperCase(Locale.ROOT);
        return BLOCK_START.matcher(head).matches();
    }

    private static boolean isAloneOnLine(String script, int slash) {
        int lineStart = script.lastIndexOf('\n', slash - 1) + 1;
        int lineEnd = script.indexOf('\n', slash);
        if (lineEnd < 0) {
            lineEnd = script.length();
        }
        return script.substring(lineStart, lineEnd).trim().equals("/");
    }

    private static void add(List<String> statements, String text) {
        String statement = text.strip();
        if (!stripLeadingComments(statement).isEmpty()) {
            statements.add(statement);
        }
    }

    /** The text without the whitespace and comments it starts with. */
    static String stripLeadingComments(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("--", i)) {
                int newline = text.indexOf('\n', i);
                i = newline < 0 ? text.length() : newline + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                break;
            }
        }
        return text.substring(i);
    }

    private static int skipQuoted(String script, int open, char quote) {
        int i = open + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return script.length();
    }
}
