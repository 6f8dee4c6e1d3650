package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.AmbiguousOutcomeException;
import io.github.cheetahoptimove.cheetah.AuthenticationException;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.ConflictException;
import io.github.cheetahoptimove.cheetah.ConnectionException;
import io.github.cheetahoptimove.cheetah.NotFoundException;
import io.github.cheetahoptimove.cheetah.RateLimitedException;
import io.github.cheetahoptimove.cheetah.ServerException;
import io.github.cheetahoptimove.cheetah.ValidationException;
import io.github.cheetahoptimove.optimove.client.OptimoveAuthenticationException;
import io.github.cheetahoptimove.optimove.client.OptimoveConnectionException;
import io.github.cheetahoptimove.optimove.client.OptimoveException;
import io.github.cheetahoptimove.optimove.client.OptimoveNotFoundException;
import io.github.cheetahoptimove.optimove.client.OptimoveRateLimitedException;
import io.github.cheetahoptimove.optimove.client.OptimoveServerException;
import io.github.cheetahoptimove.optimove.client.OptimoveValidationException;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Why a campaign, one of its templates, or a step of a daily run failed: the {@link #step()} it
 * happened in, its {@link #kind()}, a message for people, and, when CheetahMail or Optimove
 * answered, the HTTP status, the API's code (Optimove's {@code error}) and, for CheetahMail, the
 * request id to quote to support.
 *
 * <pre>{@code
 * report.failure().filter(f -> f.kind().retryable()).ifPresent(f -> scheduleRerun());
 * }</pre>
 *
 * <p>Immutable. The message never holds a secret or a customer's data.
 */
@Value.Immutable
public abstract class ExecutionFailure {
    ExecutionFailure() {}

    /** The step it happened in. */
    public abstract ExecutionStep step();

    /** What kind of failure it is. */
    public abstract FailureKind kind();

    /** What happened, for people. */
    public abstract String message();

    /** The Optimove campaign concerned, when one is. */
    public abstract OptionalLong campaignId();

    /** The channel template concerned, when one is. */
    public abstract OptionalLong templateId();

    /** The HTTP status of CheetahMail's answer, or 0 when there was no answer or no call. */
    @Value.Default
    public int httpStatus() {
        return 0;
    }

    /** CheetahMail's error code, when its answer carried one. */
    public abstract Optional<String> apiCode();

    /** CheetahMail's {@code X-Request-Id}, when its answer carried one. */
    public abstract Optional<String> requestId();

    /** The exception behind it, when there was one. Left out of {@code equals}. */
    @Value.Auxiliary
    public abstract Optional<Throwable> cause();

    /** A failure of the bridge's own making (no call failed). */
    static ExecutionFailure of(ExecutionStep step, FailureKind kind, String message) {
        return ImmutableExecutionFailure.builder().step(step).kind(kind).message(message).build();
    }

    /** The failure a CheetahMail call ended in. */
    static ExecutionFailure of(ExecutionStep step, CheetahException e) {
        return ImmutableExecutionFailure.builder().step(step).kind(kindOf(e)).message(e.getMessage())
                .httpStatus(e.status()).apiCode(e.apiCode()).requestId(e.requestId()).cause(e).build();
    }

    /** The failure an Optimove call ended in. */
    static ExecutionFailure of(ExecutionStep step, OptimoveException e) {
        FailureKind kind = e instanceof OptimoveAuthenticationException ? FailureKind.AUTHENTICATION
                : e instanceof OptimoveNotFoundException ? FailureKind.NOT_FOUND
                : e instanceof OptimoveValidationException ? FailureKind.REJECTED
                : e instanceof OptimoveRateLimitedException ? FailureKind.RATE_LIMITED
                : e instanceof OptimoveServerException ? FailureKind.SERVER
                : e instanceof OptimoveConnectionException ? FailureKind.CONNECTION : FailureKind.INTERNAL;
        return ImmutableExecutionFailure.builder().step(step).kind(kind).message("Optimove: " + e.getMessage())
                .httpStatus(e.status()).apiCode(e.error()).cause(e).build();
    }

    /** The failure an unexpected exception ended in. */
    static ExecutionFailure of(ExecutionStep step, RuntimeException e) {
        if (e instanceof CheetahException) {
            return of(step, (CheetahException) e);
        }
        if (e instanceof OptimoveException) {
            return of(step, (OptimoveException) e);
        }
        if (e instanceof ExecutionLockException) {
            return ImmutableExecutionFailure.builder().step(step).kind(FailureKind.LOCKED).message(e.getMessage())
                    .cause(e).build();
        }
        String message = e.getMessage() == null ? "unexpected failure (" + e.getClass().getSimpleName() + ")"
                : e.getMessage();
        return ImmutableExecutionFailure.builder().step(step).kind(FailureKind.INTERNAL).message(message).cause(e)
                .build();
    }

    /**
     * Reading a campaign's recipients failed with {@code e}: the host's source (a file, a query)
     * could not give them. Its message is kept as it is, without the exception's class name; an
     * {@link IllegalArgumentException} is taken as bad input, anything else as unexpected.
     */
    static ExecutionFailure ofInput(RuntimeException e, String leftBehind) {
        if (e instanceof CheetahException || e instanceof OptimoveException || e instanceof ExecutionLockException) {
            ExecutionFailure f = of(ExecutionStep.RECIPIENTS_READ, e);
            return ImmutableExecutionFailure.builder().from(f).message(f.message() + "; " + leftBehind).build();
        }
        String message = e.getMessage() == null ? "the recipients could not be read (" + e.getClass().getSimpleName()
                + ")" : e.getMessage();
        FailureKind kind = e instanceof IllegalArgumentException ? FailureKind.INVALID_INPUT : FailureKind.INTERNAL;
        return ImmutableExecutionFailure.builder().step(ExecutionStep.RECIPIENTS_READ).kind(kind)
                .message("the recipients could not be read; " + leftBehind + ": " + message).cause(e).build();
    }

    /** The same failure, about that campaign. */
    ExecutionFailure about(long campaignId) {
        return ImmutableExecutionFailure.builder().from(this).campaignId(campaignId).build();
    }

    /** The same failure, about that campaign and template. */
    ExecutionFailure about(long campaignId, long templateId) {
        return ImmutableExecutionFailure.builder().from(this).campaignId(campaignId).templateId(templateId).build();
    }

    private static FailureKind kindOf(CheetahException e) {
        if (e instanceof AmbiguousOutcomeException) {
            return FailureKind.AMBIGUOUS;
        } else if (e instanceof ConnectionException) {
            return FailureKind.CONNECTION;
        } else if (e instanceof AuthenticationException) {
            return FailureKind.AUTHENTICATION;
        } else if (e instanceof NotFoundException) {
            return FailureKind.NOT_FOUND;
        } else if (e instanceof ValidationException) {
            return FailureKind.REJECTED;
        } else if (e instanceof ConflictException) {
            return FailureKind.CONFLICT;
        } else if (e instanceof RateLimitedException) {
            return FailureKind.RATE_LIMITED;
        } else if (e instanceof ServerException) {
            return FailureKind.SERVER;
        }
        return FailureKind.INTERNAL;
    }

    @Override
    public String toString() {
        return step() + " " + kind() + ": " + message();
    }
}
