package io.github.cheetahoptimove.optimove.client;

import org.immutables.value.Value;

/** A customer of a cancelled campaign ({@code GetCanceledCampaignCustomers}). Immutable. */
@Value.Immutable(builder = false)
public abstract class CanceledCustomer {
    CanceledCustomer() {}

    /** Optimove's customer id. */
    @Value.Parameter
    public abstract String customerId();

    /** Optimove's action id. */
    @Value.Parameter
    public abstract String actionId();

    /** The promo code, empty when none. */
    @Value.Parameter
    public abstract String promoCode();

    static CanceledCustomer of(String customerId, String actionId, String promoCode) {
        return ImmutableCanceledCustomer.of(customerId, actionId, promoCode);
    }
}
