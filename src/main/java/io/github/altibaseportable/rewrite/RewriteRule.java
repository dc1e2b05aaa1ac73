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

    /** The trigger words under {@code profile}: {@link #triggerWords()} unless the rule reacts to more under some settings. */
    default Set<String> triggerWords(RewriteProfile profile) {
        return triggerWords();
    }

    /**
     * Words (any case) that mean this rule might apply only where an opening bracket or a quote follows
     * them (blanks aside), for words too common alone: {@code INT(11)} but not {@code INT},
     * {@code DATE '2010-09-07'} but not {@code CAST(x AS DATE)}. A superset, as for {@link #triggerWords()}.
     */
    default Set<String> prefixTriggerWords() {
        return Set.of();
    }

    /**
     * Words (any case) that mean this rule might apply even right after a {@code .}, where words are
     * otherwise parts of qualified names and trigger nothing: a column named {@code level} in
     * {@code t.level}. A superset, as for {@link #triggerWords()}.
     */
    default Set<String> qualifiedTriggerWords() {
        return Set.of();
    }

    /** Characters whose presence outside literals and comments means this rule might apply. */
    default String triggerCharacters() {
        return "";
    }

    /**
     * Words (any case) that mean this rule might apply when they appear in {@code scope}, for forms
     * whose words are too common elsewhere ({@code ?} or {@code =} in a select list, {@code USING} in a
     * FROM clause). A superset, as for {@link #triggerWords()}.
     */
    default Set<String> scopedTriggerWords(TriggerScope scope) {
        return Set.of();
    }

    /** Characters that mean this rule might apply when they appear in {@code scope}. */
    default String scopedTriggerCharacters(TriggerScope scope) {
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

    /**
     * For a statement that holds one of this rule's trigger words but that JSqlParser cannot read (such
     * as {@code SET TRANSACTION ...} or {@code DROP TABLE t CASCADE CONSTRAINTS}): its plan, or
     * {@code null} when the rule does not recognise it. {@code replanner} plans an equivalent text that
     * JSqlParser can read, with every rule, as the plan of this statement. Called once per distinct
     * statement, when it is planned.
     */
    default StatementPlan planUnparsed(String sql, Replanner replanner) {
        return null;
    }

    /** Plans a text equivalent to a statement JSqlParser could not read. */
    @FunctionalInterface
    interface Replanner {
        StatementPlan plan(String equivalent);
    }

    /**
     * For a rule that rewrites words only where they stand as names (of tables, columns or aliases): every word
     * it rewrites so in a statement parsed anyway, including those its {@link #triggerWords} leave out (words
     * the applications' databases reserve too); empty for other rules. The fast path ({@link FastPlanner}), which
     * accepts its own words only as keywords, takes the others among these, wherever they stand, as this rule's
     * triggers in place of {@link #triggerWords} and {@link #qualifiedTriggerWords}.
     */
    default Set<String> namesRewritten() {
        return Set.of();
    }

    /** The forms the token-level fast path ({@link FastPlanner}) asks the rule that rewrites them to spell. */
    enum TokenForm {
        /** {@code TRUE} or {@code FALSE} used as a value (given as {@code TRUE} or {@code FALSE}). */
        VALUE_LITERAL,
        /** {@code TRUE} or {@code FALSE} used as a condition (given as {@code TRUE} or {@code FALSE}). */
        CONDITION_LITERAL,
        /** PostgreSQL's {@code nextval('name')} (given the string's content). */
        NEXTVAL_CALL,
        /** PostgreSQL's {@code currval('name')} (given the string's content). */
        CURRVAL_CALL
    }

    /**
     * What this rule writes in place of {@code text} written as {@code form}, exactly as {@link #rewrite} would
     * write it; {@code null} when this rule does not rewrite that form or cannot tell without a parse (the
     * statement is then planned in full). Asked by the fast path, which places the form itself.
     */
    default String tokenReplacement(TokenForm form, String text) {
        return null;
    }
}
