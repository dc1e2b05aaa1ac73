package io.github.altibaseportable.rewrite;

import java.util.Set;

/**
 * One portable-to-Altibase rewrite. A rule reads a {@link ParsedStatement} and reports what it would
 * change to a {@link RewriteContext}: text edits, companion statements, or "this cannot be
 * expressed". Rules never change the AST, never render it with {@code toString()}, and know
 * nothing of each other; the engine runs every enabled rule and splices all edits at once.
 */
public interface RewriteRule {

    /** The rule's name, as used by the {@code portable.disabledRules} option: lower case, no spaces. */
    String name();

    /** One sentence for documentation and {@code getPropertyInfo}. */
    String description();

    /**
     * Words (any case) whose presence outside literals and comments means this rule might apply.
     * Must be a superset: a statement without any of them is never parsed for this rule.
     */
    Set<String> triggerWords();

    /** Characters whose presence outside literals and comments means this rule might apply. */
    default String triggerCharacters() {
        return "";
    }

    /**
     * Whether a list of bracketed rows, {@code (...), (...)} outside literals and comments (a multi-row
     * {@code VALUES}), means this rule might apply.
     */
    default boolean triggeredByRowLists() {
        return false;
    }

    /** Reports this rule's changes to {@code statement}, if any. */
    void rewrite(ParsedStatement statement, RewriteContext context);
}
