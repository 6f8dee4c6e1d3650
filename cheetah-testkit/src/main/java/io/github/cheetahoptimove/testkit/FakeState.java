package io.github.cheetahoptimove.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake account's lists and campaigns. Every read and change holds {@link #lock}, so that a
 * route sees and leaves a consistent account.
 */
final class FakeState {
    final Object lock = new Object();
    final Map<Long, ListState> lists = new LinkedHashMap<>();
    final Map<Long, CampaignState> campaigns = new LinkedHashMap<>();
    private long nextListId = 3100;
    private long nextCampaignId = 4400;

    long nextListId() {
        return nextListId++;
    }

    long nextCampaignId() {
        return nextCampaignId++;
    }

    void clear() {
        synchronized (lock) {
            lists.clear();
            campaigns.clear();
            nextListId = 3100;
            nextCampaignId = 4400;
        }
    }

    /**
     * A list: its records by the unique field's value. A record is kept packed in one string (each
     * field as its name and value, each prefixed with its length), not as a map: a fake holding a
     * million records then costs a few hundred megabytes and a few objects a record, which keeps
     * the garbage collector of the JVM it shares with the code under test from pausing it for long.
     */
    static final class ListState {
        final long id;
        final String name;
        final Instant createdAt;
        private final Map<String, String> records = new LinkedHashMap<>();

        ListState(long id, String name, Instant createdAt) {
            this.id = id;
            this.name = name;
            this.createdAt = createdAt;
        }

        /** Adds the record, or sets these fields on the record already under {@code key}. */
        void upsert(String key, Map<String, String> fields) {
            String held = records.get(key);
            if (held == null) {
                records.put(key, pack(fields));
            } else {
                Map<String, String> merged = unpack(held);
                merged.putAll(fields);
                records.put(key, pack(merged));
            }
        }

        int size() {
            return records.size();
        }

        boolean isEmpty() {
            return records.isEmpty();
        }

        FakeList snapshot() {
            List<Map<String, String>> copy = new ArrayList<>(records.size());
            records.values().forEach(r -> copy.add(Collections.unmodifiableMap(unpack(r))));
            return new FakeList(id, name, Collections.unmodifiableList(copy));
        }

        static String pack(Map<String, String> fields) {
            StringBuilder b = new StringBuilder();
            fields.forEach((k, v) -> {
                length(b, k.length()).append(k);
                length(b, v.length()).append(v);
            });
            return b.toString();
        }

        static Map<String, String> unpack(String packed) {
            Map<String, String> fields = new LinkedHashMap<>();
            int[] at = {0};
            while (at[0] < packed.length()) {
                String k = next(packed, at);
                fields.put(k, next(packed, at));
            }
            return fields;
        }

        /**
         * A length as chars carrying six bits each (bit 0x40 says more follow), all below 0x80, so that
         * a record of Latin-1 text stays a compact one-byte-a-char string.
         */
        private static StringBuilder length(StringBuilder b, int n) {
            while (n >= 0x40) {
                b.append((char) (0x40 | (n & 0x3f)));
                n >>>= 6;
            }
            return b.append((char) n);
        }

        private static String next(String packed, int[] at) {
            int n = 0;
            int shift = 0;
            char c;
            while (((c = packed.charAt(at[0]++)) & 0x40) != 0) {
                n |= (c & 0x3f) << shift;
                shift += 6;
            }
            n |= c << shift;
            String s = packed.substring(at[0], at[0] + n);
            at[0] += n;
            return s;
        }
    }

    /** A campaign and its lifecycle. */
    static final class CampaignState {
        final long id;
        final String name;
        final long templateId;
        final long listId;
        final String externalRef;
        String status = "DRAFT";
        /** When it sends (or sent); with {@code startTime} and {@code timeZone} as last written. */
        Instant launchTime;
        String startTime;
        String timeZone;
        int schedules;
        int recipientsAtSend;

        CampaignState(long id, String name, long templateId, long listId, String externalRef) {
            this.id = id;
            this.name = name;
            this.templateId = templateId;
            this.listId = listId;
            this.externalRef = externalRef;
        }

        FakeCampaign snapshot() {
            return new FakeCampaign(id, name, templateId, listId, externalRef, status, launchTime, startTime,
                    timeZone, schedules, recipientsAtSend);
        }
    }
}
