package io.github.cheetahoptimove.cheetah;

/**
 * A write that cannot safely be repeated (creating a campaign or a list) was sent, but its answer
 * never came: the server may or may not have acted. The client does not resend it. Look the object
 * up instead (a campaign by its external reference, a list by its name) and create it only if it
 * is not there.
 */
public class AmbiguousOutcomeException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    AmbiguousOutcomeException(String method, String path, String detail, Throwable cause) {
        super(method, path, 0, null, null, detail, cause);
    }
}
