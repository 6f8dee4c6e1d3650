package io.github.cheetahoptimove.cheetah.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One customer record for a target list: data map fields (by Map To name) with their values, in
 * order. Values are strings as the API carries them (see {@link FieldType}).
 *
 * <p>Hand-written rather than generated because millions of records pass through the upload path:
 * it holds two arrays and nothing else. Immutable and thread-safe. {@link #toString()} shows field
 * names only, never values, so a record can be logged without leaking personal data.
 *
 * <pre>{@code
 * Record r = Record.builder().field("EMAIL", "ann@example.com").field("FNAME", "Ann").build();
 * }</pre>
 */
public final class Record {
    private final String[] names;
    private final String[] values;

    private Record(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** A record holding the map's entries in its iteration order. */
    public static Record of(Map<String, String> fields) {
        Builder b = new Builder(fields.size());
        fields.forEach(b::field);
        return b.build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder(8);
    }

    /** How many fields it carries. */
    public int size() {
        return names.length;
    }

    /** The Map To name of field {@code i}. */
    public String name(int i) {
        return names[i];
    }

    /** The value of field {@code i}. */
    public String value(int i) {
        return values[i];
    }

    /** The value of the named field, or {@code null} when the record does not carry it. */
    public String value(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** The fields as an unmodifiable, ordered map. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Record
                && Arrays.equals(names, ((Record) o).names)
                && Arrays.equals(values, ((Record) o).values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
    }

    /** The field names only; values are left out on purpose. */
    @Override
    public String toString() {
        return "Record" + Arrays.toString(names);
    }

    /** Builds a {@link Record}; a field set twice keeps its last value. Not thread-safe. */
    public static final class Builder {
        private String[] names;
        private String[] values;
        private int size;

        private Builder(int capacity) {
            names = new String[Math.max(capacity, 1)];
            values = new String[names.length];
        }

        /** Sets a field; neither name nor value may be {@code null}. */
        public Builder field(String name, String value) {
            Objects.requireNonNull(name, "field name");
            Objects.requireNonNull(value, () -> "value of field " + name);
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return this;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** The record; the builder may be reused afterwards. */
        public Record build() {
            if (size == 0) {
                throw new IllegalStateException("a Record needs at least one field");
            }
            return new Record(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
        }
    }
}
