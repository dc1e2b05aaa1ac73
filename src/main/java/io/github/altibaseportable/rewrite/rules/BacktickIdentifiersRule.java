package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.Set;

/**
 * MySQL {@code `backtick`} names. MySQL compares column names (and, on case-insensitive systems,
 * table names) without regard to case, and applications mix {@code `name`} with {@code name}; so a
 * backtick name becomes the Altibase name that matches every spelling of it: unquoted when Altibase
 * takes it so ({@code `id`} -> {@code id}), else quoted in upper case ({@code `order`} ->
 * {@code "ORDER"}, {@code `first name`} -> {@code "FIRST NAME"}). A name holding {@code "} cannot be
 * written in Altibase and is reported as unsupported.
 */
public final class BacktickIdentifiersRule implements RewriteRule {

    @Override
    public String name() {
        return "backticks";
    }

    @Override
    public String description() {
        return "MySQL `name` -> name, or \"NAME\" where Altibase needs quotes";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of();
    }

    @Override
    public String triggerCharacters() {
        return "`";
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (int i = 0; i < statement.tokenCount(); i++) {
            String token = statement.tokenText(i);
            if (Identifiers.isBacktick(token)) {
                String spelling = Identifiers.spelling(token);
                if (spelling == null) {
                    context.unsupported(token + " cannot be written as an Altibase name (it holds a double quote)");
                    return;
                }
                context.edit(Edit.replace(statement.tokenBegin(i), statement.tokenEnd(i), spelling));
            }
        }
    }
}
