package io.github.cheetahoptimove.cheetah;


/** Folders of the account's "My Files". Thread-safe; get it from {@link CheetahClient#folders()}. */
public final class Folders {
    private final CheetahApi api;
    private final Calls calls;

    Folders(CheetahApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
    }

    /**
     * The folder of that id.
     *
     * @throws NotFoundException when there is none
     */
    public Folder get(FolderId id) {
        return WireMapping.folder(calls.execute(api.folder(id.value())));
    }
}
