package io.github.altibaseportable.rewrite.rules;

/** A portable form a rule recognises but cannot express in Altibase SQL; the message says why. */
final class NotExpressible extends Exception {
    private static final long serialVersionUID = 1L;

    NotExpressible(String reason) {
        super(reason, null, false, false);
    }
}
