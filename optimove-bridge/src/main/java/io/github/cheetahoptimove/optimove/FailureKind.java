package io.github.cheetahoptimove.optimove;

/**
 * What kind of failure an {@link ExecutionFailure} is, so that a host can react without reading
 * messages: alert a person, or simply run the day again.
 */
public enum FailureKind {
    /** The campaign's own input cannot be executed (no recipients, a send time in the past, an id listed twice, no identifier). Fix the input. */
    INVALID_INPUT,
    /** The account's setup does not fit the settings (data map, identifier field). Run the setup check. */
    SETUP,
    /** Another host holds the execution's lock. A later run finishes the work. */
    LOCKED,
    /** CheetahMail refused the credentials or the calling address (401, 403). */
    AUTHENTICATION,
    /** An object CheetahMail was asked about does not exist (404). */
    NOT_FOUND,
    /** CheetahMail refused the call's content (400, 413, 422). */
    REJECTED,
    /** The call conflicts with an object's state (409), e.g. a campaign that started sending. */
    CONFLICT,
    /** CheetahMail kept answering 429 longer than the retry policy waits. A later run finishes the work. */
    RATE_LIMITED,
    /** CheetahMail failed on its side (5xx). A later run finishes the work. */
    SERVER,
    /** No answer could be had (refused connection, timeout). A later run finishes the work. */
    CONNECTION,
    /** A create was sent but its answer was lost. A later run finds what it made and goes on. */
    AMBIGUOUS,
    /** Anything else: a bug or an unexpected condition; the message and cause say what. */
    INTERNAL;

    /** Whether running the same day again, unchanged, can succeed where this failed. */
    public boolean retryable() {
        switch (this) {
            case LOCKED:
            case RATE_LIMITED:
            case SERVER:
            case CONNECTION:
            case AMBIGUOUS:
                return true;
            default:
                return false;
        }
    }
}
