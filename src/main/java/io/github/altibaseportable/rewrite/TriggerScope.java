package io.github.altibaseportable.rewrite;

/**
 * A part of a query where a rule's scoped trigger words and characters count (see
 * {@link RewriteRule#scopedTriggerWords}). The lexical pre-check finds these parts by bracket level,
 * and errs on the side of "inside": a scope may run on past the end of the clause, never stop short.
 */
public enum TriggerScope {
    /** From a {@code SELECT} to the {@code FROM} of the same query, brackets opened inside it included. */
    SELECT_LIST,
    /** From a {@code FROM} to the end of the query it belongs to, brackets opened inside it included. */
    FROM_CLAUSE,
    /**
     * Where a value is expected outside a select list: inside a bracket opened after an operator, a comma
     * or a word that is not a clause or condition keyword (a function's arguments, {@code a - (b < c)}),
     * and after {@code THEN} or {@code ELSE} (a CASE result) up to {@code WHEN}, {@code END} or a MERGE
     * action; brackets opened inside it included.
     */
    VALUE
}
