package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.internal.CheetahApi;
import io.github.cheetahoptimove.cheetah.internal.Calls;
import io.github.cheetahoptimove.cheetah.internal.WireMapping;
import io.github.cheetahoptimove.cheetah.model.CampaignId;
import io.github.cheetahoptimove.cheetah.model.CampaignStats;
import java.util.concurrent.CompletableFuture;

/** Campaign delivery statistics. Thread-safe; get it from {@link CheetahClient#stats()}. */
public final class Stats {
    private final CheetahApi api;
    private final Calls calls;

    Stats(CheetahApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
    }

    /** The campaign's figures as of now; zeros before it is sent. */
    public CampaignStats get(CampaignId id) {
        return WireMapping.stats(id, calls.execute(api.stats(id.value())));
    }

    /** {@link #get} without blocking: the future fails with a {@link CheetahException}. */
    public CompletableFuture<CampaignStats> getAsync(CampaignId id) {
        return calls.executeAsync(api.stats(id.value())).thenApply(d -> WireMapping.stats(id, d));
    }
}
