package io.github.cheetahoptimove.optimove;

import org.immutables.value.Value;

/** A customer left out of a send, with the reason. Reasons name fields, never values. */
@Value.Immutable(builder = false)
public abstract class RejectedRecipient {
    RejectedRecipient() {}

    /** Optimove's customer id. */
    @Value.Parameter
    public abstract String customerId();

    /** Why the customer was left out. */
    @Value.Parameter
    public abstract String reason();

    /** A reject. */
    public static RejectedRecipient of(String customerId, String reason) {
        return ImmutableRejectedRecipient.of(customerId, reason);
    }
}
