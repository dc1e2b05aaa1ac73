package io.github.altibaseportable.cli;

import io.github.altibaseportable.rewrite.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an SQL script into statements: at {@code ;} outside string literals, quoted identifiers
 * and comments (as the script's dialect writes them), and at a line holding only {@code /}. A PSM
 * block ({@code CREATE [OR REPLACE] PROCEDURE|FUNCTION|TRIGGER|PACKAGE|TYPESET}, {@code DECLARE},
 * {@code BEGIN}) contains semicolons of its own, so it ends only at a {@code /} line or at the end of
 * the script, as in Altibase's iSQL; in PostgreSQL's dialect a function's body is a dollar-quoted
 * string instead, and every {@code ;} outside it ends a statement. Statements are returned without
 * their terminator; empty ones are dropped.
 */
final class ScriptSplitter {
    private static final Pattern BLOCK_START = Pattern.compile(
            "(CREATE\\s+(OR\\s+REPLACE\\s+)?(PROCEDURE|FUNCTION|TRIGGER|PACKAGE|TYPESET)|DECLARE|BEGIN)\\b.*",
            Pattern.DOTALL);

    private ScriptSplitter() {}

    /** The statements of {@code script}, whose quoting {@code lexer} knows. */
    static List<String> split(String script, SqlLexer lexer) {
        List<String> statements = new ArrayList<>();
        int length = script.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            char c = script.charAt(i);
            int next = lexer.skipLiteralOrComment(script, i);
            if (next != i) {
                i = next;
            } else if (c == ';' && (lexer.dollarQuotes() || !isBlock(script, start, i, lexer))) {
                add(statements, script.substring(start, i), lexer);
                start = ++i;
            } else if (c == '/' && isAloneOnLine(script, i)) {
                add(statements, script.substring(start, i), lexer);
                start = ++i;
            } else {
                i++;
            }
        }
        add(statements, script.substring(start), lexer);
        return statements;
    }

    private static boolean isBlock(String script, int start, int end, SqlLexer lexer) {
        String head = stripLeadingComments(script.substring(start, end), lexer).toUpperCase(Locale.ROOT);
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

    private static void add(List<String> statements, String text, SqlLexer lexer) {
        String statement = text.strip();
        if (!lexer.holdsNoStatement(statement)) {
            statements.add(statement);
        }
    }

    /** The text without the whitespace and comments it starts with. */
    static String stripLeadingComments(String text) {
        return stripLeadingComments(text, SqlLexer.STANDARD);
    }

    /** The text without the whitespace and comments ({@code lexer}'s) it starts with. */
    static String stripLeadingComments(String text, SqlLexer lexer) {
        return text.substring(lexer.skipBlanksAndCommentsFrom(text, 0));
    }
}
