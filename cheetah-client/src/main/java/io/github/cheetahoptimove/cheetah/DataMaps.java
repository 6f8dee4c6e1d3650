package io.github.cheetahoptimove.cheetah;


/** Data maps (API Post definitions). Thread-safe; get it from {@link CheetahClient#dataMaps()}. */
public final class DataMaps {
    private final CheetahApi api;
    private final Calls calls;

    DataMaps(CheetahApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
    }

    /**
     * The data map of that PROP_MAP_ID, with its fields.
     *
     * @throws NotFoundException when there is none
     */
    public DataMap get(DataMapId id) {
        return WireMapping.dataMap(calls.execute(api.dataMap(id.value())));
    }
}
