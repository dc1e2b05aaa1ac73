package io.github.altibaseportable.rewrite;

/** JSqlParser could not read a statement within the {@link ParseLimits}; the message says why. */
class ParseFailure extends Exception {
    private static final long serialVersionUID = 1L;

    ParseFailure(String reason) {
        super(reason, null, false, false);
    }
}
