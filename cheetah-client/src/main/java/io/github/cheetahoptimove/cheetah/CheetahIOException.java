package io.github.cheetahoptimove.cheetah;

import java.io.IOException;

/**
 * Carries a typed failure (e.g. a refused token request) through OkHttp's interceptor chain, which
 * only lets {@link IOException} pass; {@link Calls} unwraps it.
 */
final class CheetahIOException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Wraps {@code cause}. */
    public CheetahIOException(CheetahException cause) {
        super(cause.getMessage(), cause);
    }

    /** The typed failure. */
    public CheetahException failure() {
        return (CheetahException) getCause();
    }
}
