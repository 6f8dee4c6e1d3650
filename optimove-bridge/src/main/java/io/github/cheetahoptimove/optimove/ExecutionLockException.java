package io.github.cheetahoptimove.optimove;

/** The execution lock could not be had in time; the execution did not start and can be rerun. */
public class ExecutionLockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A lock failure with its reason. */
    public ExecutionLockException(String message) {
        super(message);
    }
}
