package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.internal.CheetahApi;
import io.github.cheetahoptimove.cheetah.internal.Calls;
import io.github.cheetahoptimove.cheetah.internal.WireMapping;
import io.github.cheetahoptimove.cheetah.model.Folder;
import io.github.cheetahoptimove.cheetah.model.FolderId;

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
