package io.github.altibaseportable.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * A statement parsed by JSqlParser, with what rules need to edit its original text: every AST
 * object found by type, where each one lies in the text, and the token stream around it.
 *
 * <p>Positions are 0-based string indexes, end exclusive, into {@link #sql()}; token positions are
 * indexes into the statement's token list (comments are not tokens).
 */
public final class ParsedStatement {
    private final String sql;
    private final Statement statement;
    private final Token[] tokens;
    private final int[] tokenBegins;
    private final int[] tokenEnds;
    private final int[] toOriginal;
    private final List<Object> objects;
    private final IdentityHashMap<Object, int[]> tokenSpans;
    private final List<JdbcParameter> parameters;
    private final int[] parameterBegins;
    /** What {@link #find} found, by type: several rules look for the same types. */
    private final Map<Class<?>, List<?>> found = new HashMap<>();
    /** How many positions and tokens rules have read: planning work, which tests check grows linearly. */
    private long reads;
    /** When planning this statement must be over ({@link System#nanoTime()}), as the parse was bound. */
    private final long deadline;

    /**
     * @param sql        the application's text
     * @param toOriginal for a text parsed in place of {@code sql} with blanks added, the position in
     *                   {@code sql} of each position of the parsed text; {@code null} when {@code sql} itself
     *                   was parsed
     */
    ParsedStatement(String sql, int[] toOriginal, Statement statement, Node root, Token first, long deadline) {
        this.sql = sql;
        this.toOriginal = toOriginal;
        this.deadline = deadline;
        this.statement = statement;
        List<Token> chain = new ArrayList<>();
        for (Token token = first; token != null && token.kind != 0; token = token.next) {
            chain.add(token);
        }
        this.tokens = chain.toArray(new Token[0]);
        this.tokenBegins = new int[tokens.length];
        this.tokenEnds = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            tokenBegins[i] = original(tokens[i].absoluteBegin - 1);
            tokenEnds[i] = original(tokens[i].absoluteEnd - 1);
        }
        this.objects = new ArrayList<>();
        this.tokenSpans = new IdentityHashMap<>();
        index(root);
        List<JdbcParameter> found = new ArrayList<>();
        for (Object object : objects) {
            if (object instanceof JdbcParameter parameter) {
                found.add(parameter);
            }
        }
        found.sort((a, b) -> Integer.compare(tokenSpans.get(a)[0], tokenSpans.get(b)[0]));
        this.parameters = List.copyOf(found);
        this.parameterBegins = chain.stream()
                .filter(token -> "?".equals(token.image))
                .mapToInt(token -> original(token.absoluteBegin - 1))
                .toArray();
    }

    /** The position in {@link #sql()} of {@code position} in the text the parser read. */
    private int original(int position) {
        return toOriginal == null ? position : toOriginal[position];
    }

    private void index(Node root) {
        List<Node> pending = new ArrayList<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            Node node = pending.remove(pending.size() - 1);
            Object value = node.jjtGetValue();
            Token first = node.jjtGetFirstToken();
            Token last = node.jjtGetLastToken();
            if (value != null
                    && first != null
                    && last != null
                    && first.kind != 0
                    && last.absoluteEnd > first.absoluteBegin) {
                int from = tokenIndexAt(original(first.absoluteBegin - 1));
                int to = tokenIndexAt(original(last.absoluteBegin - 1));
                if (from >= 0 && to >= from) {
                    int[] span = tokenSpans.get(value);
                    if (span == null) {
                        tokenSpans.put(value, new int[] {from, to});
                        objects.add(value);
                    } else {
                        span[0] = Math.min(span[0], from);
                        span[1] = Math.max(span[1], to);
                    }
                }
            }
            for (int child = node.jjtGetNumChildren() - 1; child >= 0; child--) {
                pending.add(node.jjtGetChild(child));
            }
        }
    }

    private int tokenIndexAt(int position) {
        int found = Arrays.binarySearch(tokenBegins, position);
        return found >= 0 ? found : -1;
    }

    long reads() {
        return reads;
    }

    /** Whether the time planning this statement may take is up. */
    boolean isPastDeadline() {
        return System.nanoTime() - deadline > 0;
    }

    /** The original SQL text. */
    public String sql() {
        return sql;
    }

    /** The parsed statement. Rules read it; they never change it. */
    public Statement statement() {
        return statement;
    }

    /** Every AST object of the given type, outermost first, each once (an unmodifiable list). */
    @SuppressWarnings("unchecked")
    public <T> List<T> find(Class<T> type) {
        List<T> known = (List<T>) found.get(type);
        if (known == null) {
            List<T> matching = new ArrayList<>();
            for (Object object : objects) {
                if (type.isInstance(object)) {
                    matching.add(type.cast(object));
                }
            }
            known = matching.isEmpty() ? List.of() : Collections.unmodifiableList(matching);
            found.put(type, known);
        }
        return known;
    }

    /** Whether the parser recorded where {@code node} lies in the text. */
    public boolean hasPosition(Object node) {
        return tokenSpans.containsKey(node);
    }

    /** The index of the first token of {@code node}. */
    public int firstToken(Object node) {
        return span(node)[0];
    }

    /** The index of the last token of {@code node}. */
    public int lastToken(Object node) {
        return span(node)[1];
    }

    /** Where {@code node} starts in the text. */
    public int begin(Object node) {
        return tokenBegin(firstToken(node));
    }

    /** Where {@code node} ends in the text (exclusive). */
    public int end(Object node) {
        return tokenEnd(lastToken(node));
    }

    /** The original text of {@code node}. */
    public String text(Object node) {
        return sql.substring(begin(node), end(node));
    }

    private int[] span(Object node) {
        reads++;
        int[] span = tokenSpans.get(node);
        if (span == null) {
            throw new IllegalArgumentException(
                    "no position recorded for " + node.getClass().getSimpleName() + " " + node);
        }
        return span;
    }

    /** The number of tokens in the statement. */
    public int tokenCount() {
        return tokens.length;
    }

    /** Where token {@code index} starts in the text. */
    public int tokenBegin(int index) {
        reads++;
        return tokenBegins[index];
    }

    /** Where token {@code index} ends in the text (exclusive). */
    public int tokenEnd(int index) {
        reads++;
        return tokenEnds[index];
    }

    /** The text of token {@code index}, exactly as written. */
    public String tokenText(int index) {
        reads++;
        return tokens[index].image;
    }

    /** Whether token {@code index} exists and is the word {@code word}, ignoring case. */
    public boolean isWord(int index, String word) {
        reads++;
        return index >= 0 && index < tokens.length && tokens[index].image.equalsIgnoreCase(word);
    }

    /** Whether token {@code index} exists and is one of {@code words}, ignoring case. */
    public boolean isAnyWord(int index, String... words) {
        reads++;
        if (index < 0 || index >= tokens.length) {
            return false;
        }
        String image = tokens[index].image;
        for (String word : words) {
            if (image.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bind parameters ({@code ?}) whose position the parser recorded, in text order. A few have
     * none (the {@code ?} of {@code -?}); {@link #parameterCount()} counts them all.
     */
    public List<JdbcParameter> parameters() {
        return parameters;
    }

    /** How many parameters the application binds: the {@code ?} tokens. */
    public int parameterCount() {
        return parameterBegins.length;
    }

    /** Where the {@code ?} of parameter {@code number} (1-based) is in the text. */
    public int parameterBegin(int number) {
        return parameterBegins[number - 1];
    }

    /**
     * Whether {@code parameter} is a {@code ?} the application binds; the parser reads other forms
     * ({@code $1}, {@code :name}, {@code ?1}) as parameters too, and rules leave those alone.
     */
    public boolean isBound(JdbcParameter parameter) {
        return numberOrZero(parameter) > 0;
    }

    /** The 1-based number the application binds {@code parameter} as; it must be {@link #isBound bound}. */
    public int parameterNumber(JdbcParameter parameter) {
        int number = numberOrZero(parameter);
        if (number == 0) {
            throw new IllegalArgumentException("not a parameter of this statement: " + parameter);
        }
        return number;
    }

    private int numberOrZero(JdbcParameter parameter) {
        if (hasPosition(parameter)) {
            return Math.max(0, Arrays.binarySearch(parameterBegins, begin(parameter)) + 1);
        }
        if (!parameter.isUseFixedIndex()
                && parameter.getIndex() != null
                && parameter.getIndex() >= 1
                && parameter.getIndex() <= parameterBegins.length) {
            // The parser numbers plain ? in text order.
            return parameter.getIndex();
        }
        return 0;
    }
}
