package io.github.altibaseportable.rewrite;

/**
 * One SQL statement of a plan. {@code undo} (or {@code null}) reverses it if a later step fails;
 * {@code guard} (or {@code null}) decides at execution time whether it runs at all. A step with a
 * {@code lookup} is a placeholder for steps read from the catalog when the plan runs (its SQL is
 * then only the lookup's description, as a comment).
 */
public record Step(String sql, String undo, Guard guard, CatalogSteps lookup) {

    public Step {
        if (sql == null) {
            throw new IllegalArgumentException("a step needs SQL");
        }
    }

    /** A step of SQL, with its undo and guard (either may be {@code null}). */
    public Step(String sql, String undo, Guard guard) {
        this(sql, undo, guard, null);
    }

    /** A step that always runs and has no undo. */
    public static Step of(String sql) {
        return new Step(sql, null, null);
    }

    /** The placeholder for the steps {@code lookup} reads from the catalog when the plan runs. */
    public static Step fromCatalog(CatalogSteps lookup) {
        return new Step("-- " + lookup.describe(), null, null, lookup);
    }

    public Step withUndo(String undoSql) {
        return new Step(sql, undoSql, guard, lookup);
    }

    public Step withGuard(Guard condition) {
        return new Step(sql, undo, condition, lookup);
    }
}
