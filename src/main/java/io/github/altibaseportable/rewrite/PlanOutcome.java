package io.github.altibaseportable.rewrite;

/** Why a plan holds the SQL it holds. */
public enum PlanOutcome {
    /** The lexical pre-check found nothing any rule could change; the parser was not run. */
    UNCHANGED_BY_PRECHECK(false),
    /** Parsed, and no rule had anything to change. */
    UNCHANGED(false),
    /** The statement carries the skip marker comment. */
    SKIPPED_BY_MARKER(false),
    /** Rewriting is switched off for the connection. */
    REWRITING_OFF(false),
    /** The parser could not read the statement (or it is beyond the length or nesting bounds); sent as written. */
    NOT_PARSED(true),
    /**
     * Parsing the statement and running the rules took longer than {@link ParseLimits#timeoutMillis()}; sent
     * as written. Such a plan is not cached: the time may have gone to a busy machine or a cold start (the
     * first statement loads the parser), and the next use plans the statement again, in the same bound.
     */
    TIMED_OUT(true),
    /** A rule recognised a portable form it cannot express in Altibase SQL; sent as written. */
    NOT_REWRITABLE(true),
    /**
     * A rule needs the unique keys of a table ({@link StatementPlan#uniqueKeysNeeded()}) to plan the
     * statement; the driver reads them from the catalog and plans it again with them.
     */
    NEEDS_UNIQUE_KEYS(false),
    /** At least one rule changed the statement. */
    REWRITTEN(false);

    private final boolean failure;

    PlanOutcome(boolean failure) {
        this.failure = failure;
    }

    /** Whether strict mode turns this outcome into an error. */
    public boolean isFailure() {
        return failure;
    }
}
