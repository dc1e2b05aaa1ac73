package io.github.altibaseportable.rewrite;

import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement on the calling thread, within {@link ParseLimits}.
 *
 * <p>{@code CCJSqlParserUtil.parse(String)} starts a thread per call to enforce its timeout; here
 * the parser runs on the caller's thread and the one {@link ParseWatch} thread sets the parser's
 * {@code interrupted} flag when the time is up, which makes the parser stop. Deep nesting is
 * refused before parsing (brackets counted outside literals and comments, those left open included),
 * and a stack overflow or any parser bug becomes a {@link ParseFailure}; only the parser's own syntax
 * errors are quoted in its message, never a Java exception's text. A {@code ?} that touches an
 * operator character is parsed with blanks around it ({@link SqlLexer#spaceParameters}); positions
 * are those of the application's text.
 */
final class SqlParser {
    /** JSqlParser only tries its slower "complex" mode for statements nested this deep or less. */
    private static final int COMPLEX_RETRY_MAX_NESTING = 10;

    private SqlParser() {}

    /** Parses {@code sql}, whose string literals {@code lexer} knows (MySQL's take backslash escapes). */
    static ParsedStatement parse(String sql, ParseLimits limits, SqlLexer lexer) throws ParseFailure {
        if (sql.length() > limits.maxLength()) {
            throw new ParseFailure("statement longer than " + limits.maxLength() + " characters");
        }
        if (lexer.holdsNoStatement(sql)) {
            throw new ParseFailure("no statement, only blanks and comments");
        }
        int nesting = lexer.bracketDepth(sql);
        if (nesting > limits.maxNesting()) {
            throw new ParseFailure("brackets nested " + nesting + " deep (limit " + limits.maxNesting() + ")");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
        SqlLexer.Spaced spaced = lexer.spaceParameters(sql);
        try {
            return attempt(sql, spaced, false, deadline, limits, lexer);
        } catch (ParseFailure simpleFailure) {
            if (nesting > COMPLEX_RETRY_MAX_NESTING || simpleFailure instanceof Timeout) {
                throw simpleFailure;
            }
            return attempt(sql, spaced, true, deadline, limits, lexer);
        }
    }

    /** Parses {@code sql}, or the text {@code spaced} gives in its place (positions are mapped back). */
    private static ParsedStatement attempt(
            String sql, SqlLexer.Spaced spaced, boolean complex, long deadline, ParseLimits limits, SqlLexer lexer)
            throws ParseFailure {
        if (deadline - System.nanoTime() <= 0) {
            throw new Timeout(limits);
        }
        int[] toOriginal = spaced == null ? null : spaced.toOriginal();
        CCJSqlParser parser = CCJSqlParserUtil.newParser(spaced == null ? sql : spaced.text())
                .withAllowComplexParsing(complex)
                .withBackslashEscapeCharacter(lexer.backslashEscapes());
        ParseWatch.Alarm alarm = ParseWatch.arm(parser, deadline);
        try {
            Statement statement = parser.Statement();
            Token next = parser.getNextToken();
            if (next.kind != 0 && !(";".equals(next.image) && parser.getNextToken().kind == 0)) {
                int offset = next.absoluteBegin - 1;
                throw new ParseFailure("more than one statement (text after the first at offset "
                        + (toOriginal == null ? offset : toOriginal[offset]) + ")");
            }
            return new ParsedStatement(
                    sql,
                    toOriginal,
                    statement,
                    parser.getASTRoot(),
                    parser.getASTRoot().jjtGetFirstToken(),
                    deadline);
        } catch (ParseFailure failure) {
            throw failure;
        } catch (StackOverflowError overflow) {
            throw new ParseFailure("statement nested too deeply for the parser's stack");
        } catch (Exception | Error problem) {
            if (parser.interrupted) {
                throw new Timeout(limits);
            }
            throw new ParseFailure(firstLine(problem));
        } finally {
            alarm.disarm();
        }
    }

    private static String firstLine(Throwable problem) {
        String message = problem.getMessage();
        if (message == null || !(problem instanceof ParseException || problem instanceof TokenMgrException)) {
            return "the parser failed";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** A parse that ran out of time. */
    static final class Timeout extends ParseFailure {
        private static final long serialVersionUID = 1L;

        Timeout(ParseLimits limits) {
            super("parse took longer than " + limits.timeoutMillis() + " ms");
        }
    }
}
