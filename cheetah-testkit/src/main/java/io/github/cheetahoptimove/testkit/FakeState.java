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

    /** A list: its records by the unique field's value. */
    static final class ListState {
        final long id;
        final String name;
        final Instant createdAt;
        final Map<String, Map<String, String>> records = new LinkedHashMap<>();

        ListState(long id, String name, Instant createdAt) {
            this.id = id;
            this.name = name;
            this.createdAt = createdAt;
        }

        FakeList snapshot() {
            List<Map<String, String>> copy = new ArrayList<>();
            records.values().forEach(r -> copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(r))));
            return new FakeList(id, name, Collections.unmodifiableList(copy));
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
