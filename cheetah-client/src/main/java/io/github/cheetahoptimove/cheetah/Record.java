package io.github.cheetahoptimove.cheetah;

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
 * Record r = Record.of("EMAIL", "ann@example.com", "FNAME", "Ann");
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
        String[] names = new String[fields.size()];
        String[] values = new String[fields.size()];
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return checked(names, values);
    }

    /**
     * A record of the fields {@code name = value}, then each pair of {@code more}: a name, its value.
     *
     * @throws IllegalArgumentException when {@code more} does not hold whole pairs, or a name comes twice
     */
    public static Record of(String name, String value, String... more) {
        if (more.length % 2 != 0) {
            throw new IllegalArgumentException("Record.of takes names and values in pairs; the last name has no value");
        }
        String[] names = new String[1 + more.length / 2];
        String[] values = new String[names.length];
        names[0] = name;
        values[0] = value;
        for (int i = 0; i < more.length; i += 2) {
            names[1 + i / 2] = more[i];
            values[1 + i / 2] = more[i + 1];
        }
        return checked(names, values);
    }

    private static Record checked(String[] names, String[] values) {
        if (names.length == 0) {
            throw new IllegalArgumentException("a Record needs at least one field");
        }
        for (int i = 0; i < names.length; i++) {
            String n = Objects.requireNonNull(names[i], "field name");
            Objects.requireNonNull(values[i], () -> "value of field " + n);
            for (int j = 0; j < i; j++) {
                if (names[j].equals(n)) {
                    throw new IllegalArgumentException("field " + n + " is given twice");
                }
            }
        }
        return new Record(names, values);
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
}
