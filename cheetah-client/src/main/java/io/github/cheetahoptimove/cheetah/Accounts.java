package io.github.cheetahoptimove.cheetah;


/** The account the credentials belong to. Thread-safe; get it from {@link CheetahClient#accounts()}. */
public final class Accounts {
    private final CheetahApi api;
    private final Calls calls;

    Accounts(CheetahApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
    }

    /** The account: its Cust_ID, name and default time zone. */
    public Account get() {
        return WireMapping.account(calls.execute(api.account()));
    }
}
