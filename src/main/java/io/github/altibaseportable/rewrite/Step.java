package io.github.altibaseportable.rewrite;

/**
 * One SQL statement of a plan. {@code undo} (or {@code null}) reverses it if a later step fails;
 * {@code guard} (or {@code null}) decides at execution time whether it runs at all.
 */
public record Step(String sql, String undo, Guard guard) {

    /** A step that always runs and has no undo. */
    public static Step of(String sql) {
        return new Step(sql, null, null);
    }

    public Step {
        if (sql == null) {
            throw new IllegalArgumentException("a step needs SQL");
        }
    }

    public Step withUndo(String undoSql) {
        return new Step(sql, undoSql, guard);
    }

    public Step withGuard(Guard condition) {
        return new Step(sql, undo, condition);
    }
}
