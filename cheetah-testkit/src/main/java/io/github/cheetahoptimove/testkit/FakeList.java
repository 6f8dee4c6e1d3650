package io.github.cheetahoptimove.testkit;

import java.util.List;
import java.util.Map;

/** A snapshot of a target list the fake holds, with its records, for assertions. Immutable. */
public final class FakeList {
    private final long id;
    private final String name;
    private final List<Map<String, String>> records;

    FakeList(long id, String name, List<Map<String, String>> records) {
        this.id = id;
        this.name = name;
        this.records = records;
    }

    /** The list id. */
    public long id() {
        return id;
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Its records in upload order of first appearance, each field name to value. */
    public List<Map<String, String>> records() {
        return records;
    }

    @Override
    public String toString() {
        return "FakeList{id=" + id + ", name=" + name + ", records=" + records.size() + "}";
    }
}
