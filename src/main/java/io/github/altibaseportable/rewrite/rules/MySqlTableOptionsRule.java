package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MySQL storage options that Altibase has no counterpart for are removed from {@code CREATE TABLE}:
 * the table options {@code ENGINE}, {@code [DEFAULT] CHARSET} / {@code CHARACTER SET},
 * {@code [DEFAULT] COLLATE}, {@code ROW_FORMAT} and the like ({@code name [=] value}), and a column's
 * {@code CHARACTER SET x} / {@code COLLATE x}. Altibase stores text in the database character set and
 * compares it as stored. Other table options ({@code AUTO_INCREMENT}, {@code COMMENT}, Altibase's own
 * {@code TABLESPACE} ...) are left to their rules.
 */
public final class MySqlTableOptionsRule implements RewriteRule {
    /** Table options removed, with their value. */
    private static final Set<String> REMOVED = Set.of(
            "ENGINE",
            "CHARSET",
            "CHARACTER SET",
            "COLLATE",
            "ROW_FORMAT",
            "KEY_BLOCK_SIZE",
            "AVG_ROW_LENGTH",
            "CHECKSUM",
            "PACK_KEYS",
            "DELAY_KEY_WRITE",
            "STATS_PERSISTENT",
            "STATS_AUTO_RECALC",
            "STATS_SAMPLE_PAGES");

    @Override
    public String name() {
        return "tableoptions";
    }

    @Override
    public String description() {
        return "MySQL ENGINE=, [DEFAULT] CHARSET=, COLLATE=, ROW_FORMAT=, column CHARACTER SET/COLLATE -> removed";
    }

    /** The first word of each removed option. */
    private static final Set<String> TRIGGER_WORDS =
            REMOVED.stream().map(option -> option.split(" ", -1)[0]).collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<String> triggerWords() {
        return TRIGGER_WORDS;
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        int[] list = ColumnDefinitions.columnList(statement);
        if (list == null) {
            return;
        }
        for (ColumnDefinitions.Column column : ColumnDefinitions.of(statement)) {
            for (int i = column.type() + 1; i <= column.last(); i = TokenSegments.skipGroup(statement, i) + 1) {
                int name = optionName(statement, i, false);
                if (name >= 0 && name < column.last()) {
                    int value = qualifiedEnd(statement, name + 1, column.last());
                    context.edit(Edit.delete(TokenSegments.blanksBefore(statement, i), statement.tokenEnd(value)));
                    i = value;
                }
            }
        }
        int last = statement.tokenCount() - 1;
        for (int i = list[1] + 1; i <= last; i++) {
            int name = optionName(statement, i, true);
            if (name < 0) {
                continue;
            }
            int value = statement.tokenText(name + 1).equals("=") ? name + 2 : name + 1;
            if (value <= last && !statement.tokenText(value).equals(";")) {
                value = qualifiedEnd(statement, value, last);
                context.edit(Edit.delete(TokenSegments.blanksBefore(statement, i), statement.tokenEnd(value)));
                i = value;
            }
        }
    }

    /**
     * The last token of the option value that starts at token {@code value}, up to {@code last}: a qualified
     * name ({@code "pg_catalog"."default"}, as pg_dump writes a collation) is one value.
     */
    private static int qualifiedEnd(ParsedStatement statement, int value, int last) {
        while (value + 2 <= last && statement.tokenText(value + 1).equals(".")) {
            value += 2;
        }
        return value;
    }

    /**
     * The last token of the name of a removed option that starts at token {@code first} (with an optional
     * {@code DEFAULT} for table options), or -1. Column options are {@code CHARACTER SET} (or
     * {@code CHARSET}) and {@code COLLATE}.
     */
    private static int optionName(ParsedStatement statement, int first, boolean tableOption) {
        int name = tableOption && statement.isWord(first, "DEFAULT") ? first + 1 : first;
        if (name >= statement.tokenCount()) {
            return -1;
        }
        String word = statement.tokenText(name).toUpperCase(Locale.ROOT);
        if (word.equals("CHARACTER") && statement.isWord(name + 1, "SET")) {
            return name + 1;
        }
        boolean removed = tableOption ? REMOVED.contains(word) : word.equals("CHARSET") || word.equals("COLLATE");
        return removed ? name : -1;
    }
}
