package io.github.cheetahoptimove.examples;

/** A usage or configuration error: the tool exits with 64 and this message, which names the field. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
