package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the parts of one column definition ({@code name type [options]}) lie among a statement's tokens,
 * and its identity clause if it has one: {@code GENERATED {ALWAYS | BY DEFAULT [ON NULL]} AS IDENTITY
 * [(options)]}, {@code AUTO_INCREMENT [(start[, increment])]}, SQLite's {@code AUTOINCREMENT},
 * {@code IDENTITY [(start, increment)]}, or a PostgreSQL serial type.
 */
final class ColumnDefinitionTokens {
    /** PostgreSQL's serial types and the integer type each one stands for. */
    private static final Map<String, String> SERIAL_TYPES = Map.of(
            "SERIAL",
            "INTEGER",
            "SERIAL4",
            "INTEGER",
            "BIGSERIAL",
            "BIGINT",
            "SERIAL8",
            "BIGINT",
            "SMALLSERIAL",
            "SMALLINT",
            "SERIAL2",
            "SMALLINT");

    final int name;
    final int typeFirst;
    final int typeLast;
    /** The identity clause, or {@code null}. */
    final Identity identity;
    /** Whether the column has a {@code DEFAULT} of its own. */
    final boolean explicitDefault;
    /** The sequence of an explicit {@code DEFAULT [schema.]seq.NEXTVAL} (stored names), or {@code null}. */
    final QualifiedName defaultSequence;

    /**
     * An identity clause: its tokens, the integer type a serial type stands for ({@code null} when the
     * clause is not a type), and the sequence options.
     */
    record Identity(int first, int last, String serialType, SequenceOptions options) {}

    private ColumnDefinitionTokens(
            int name,
            int typeFirst,
            int typeLast,
            Identity identity,
            boolean explicitDefault,
            QualifiedName defaultSequence) {
        this.name = name;
        this.typeFirst = typeFirst;
        this.typeLast = typeLast;
        this.identity = identity;
        this.explicitDefault = explicitDefault;
        this.defaultSequence = defaultSequence;
    }

    /**
     * Reads the column definition in tokens {@code first..last}, whose type the parser read as
     * {@code typeText} (JSqlParser's text of the type, with blanks of its own).
     */
    static ColumnDefinitionTokens read(ParsedStatement statement, int first, int last, String typeText)
            throws NotExpressible {
        int typeLast = typeEnd(statement, first + 1, last, typeText);
        Identity identity = null;
        String serial = SERIAL_TYPES.get(typeText.toUpperCase(Locale.ROOT));
        if (serial != null) {
            identity = new Identity(first + 1, typeLast, serial, new SequenceOptions());
        }
        boolean explicitDefault = false;
        QualifiedName defaultSequence = null;
        int i = typeLast + 1;
        while (i <= last) {
            String word = statement.tokenText(i).toUpperCase(Locale.ROOT);
            Identity found = null;
            if (word.equals("(")) {
                i = TokenSegments.skipGroup(statement, i) + 1;
                continue;
            } else if (word.equals("DEFAULT")) {
                explicitDefault = true;
                defaultSequence = sequenceOfNextValue(statement, i + 1, last);
            } else if (word.equals("GENERATED")) {
                found = generated(statement, i, last);
            } else if (word.equals("AUTO_INCREMENT") || word.equals("AUTOINCREMENT") || word.equals("IDENTITY")) {
                found = positional(statement, i, last);
            }
            if (found != null) {
                if (identity != null) {
                    throw new NotExpressible("column " + statement.tokenText(first) + " has two identity clauses");
                }
                identity = found;
                i = found.last() + 1;
            } else {
                i++;
            }
        }
        return new ColumnDefinitionTokens(first, first + 1, typeLast, identity, explicitDefault, defaultSequence);
    }

    /**
     * The last token of the type, found by spelling the tokens out until they read {@code typeText}, and
     * past MySQL's integer flags ({@code INT(4) UNSIGNED}), which JSqlParser keeps apart from the type.
     */
    private static int typeEnd(ParsedStatement statement, int from, int last, String typeText) throws NotExpressible {
        String target = withoutBlanks(typeText);
        int spelled = 0;
        for (int i = from; i <= last; i++) {
            String token = statement.tokenText(i);
            if (!target.regionMatches(true, spelled, token, 0, token.length())) {
                break;
            }
            spelled += token.length();
            if (spelled == target.length()) {
                while (i < last && TypeMapping.isIntegerFlag(statement.tokenText(i + 1))) {
                    i++;
                }
                return i;
            }
        }
        throw new NotExpressible(
                "type " + typeText + " of column " + statement.tokenText(from - 1) + " not found in the text");
    }

    private static String withoutBlanks(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    /** {@code GENERATED {ALWAYS | BY DEFAULT [ON NULL]} AS IDENTITY [(options)]} at {@code i}, or {@code null} (a computed column). */
    static Identity generated(ParsedStatement statement, int i, int last) throws NotExpressible {
        int j = i + 1;
        if (statement.isWord(j, "ALWAYS")) {
            j++;
        } else if (statement.isWord(j, "BY") && statement.isWord(j + 1, "DEFAULT")) {
            j += 2;
            if (statement.isWord(j, "ON") && statement.isWord(j + 1, "NULL")) {
                j += 2;
            }
        }
        if (!statement.isWord(j, "AS") || !statement.isWord(j + 1, "IDENTITY")) {
            return null;
        }
        j++;
        if (j + 1 <= last && statement.tokenText(j + 1).equals("(")) {
            int close = TokenSegments.skipGroup(statement, j + 1);
            return new Identity(i, close, null, SequenceOptions.keywords(statement, j + 2, close - 1));
        }
        return new Identity(i, j, null, new SequenceOptions());
    }

    /** {@code AUTO_INCREMENT}, {@code AUTOINCREMENT} or {@code IDENTITY} at {@code i}, with optional {@code (start[, increment])}. */
    private static Identity positional(ParsedStatement statement, int i, int last) throws NotExpressible {
        if (i + 1 <= last && statement.tokenText(i + 1).equals("(")) {
            int close = TokenSegments.skipGroup(statement, i + 1);
            return new Identity(i, close, null, SequenceOptions.positional(statement, i + 2, close - 1));
        }
        return new Identity(i, i, null, new SequenceOptions());
    }

    /** The sequence of {@code [schema.]seq.NEXTVAL} starting at token {@code i}, or {@code null}. */
    private static QualifiedName sequenceOfNextValue(ParsedStatement statement, int i, int last) {
        List<String> parts = new ArrayList<>();
        int j = i;
        while (j + 2 <= last && statement.tokenText(j + 1).equals(".")) {
            parts.add(statement.tokenText(j));
            if (statement.isWord(j + 2, "NEXTVAL")) {
                return parts.size() == 1
                        ? QualifiedName.written(null, parts.get(0))
                        : parts.size() == 2 ? QualifiedName.written(parts.get(0), parts.get(1)) : null;
            }
            j += 2;
        }
        return null;
    }
}
