package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.internal.CheetahApi;
import io.github.cheetahoptimove.cheetah.internal.Calls;
import io.github.cheetahoptimove.cheetah.internal.WireMapping;
import io.github.cheetahoptimove.cheetah.model.Account;

/** The account the credentials belong to. Thread-safe; get it from {@link CheetahClient#account()}. */
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
