package io.github.cheetahoptimove.testkit;

import java.time.Instant;
import java.util.Optional;

/** A snapshot of a campaign the fake holds, for assertions. Immutable. */
public final class FakeCampaign {
    private final long id;
    private final String name;
    private final long templateId;
    private final long listId;
    private final String externalRef;
    private final String status;
    private final Instant launchTime;
    private final int schedules;
    private final int recipientsAtSend;

    FakeCampaign(long id, String name, long templateId, long listId, String externalRef, String status,
            Instant launchTime, int schedules, int recipientsAtSend) {
        this.id = id;
        this.name = name;
        this.templateId = templateId;
        this.listId = listId;
        this.externalRef = externalRef;
        this.status = status;
        this.launchTime = launchTime;
        this.schedules = schedules;
        this.recipientsAtSend = recipientsAtSend;
    }

    /** The campaign id. */
    public long id() {
        return id;
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** The template it sends. */
    public long templateId() {
        return templateId;
    }

    /** The list it sends to. */
    public long listId() {
        return listId;
    }

    /** Its external reference, if one was set. */
    public Optional<String> externalRef() {
        return Optional.ofNullable(externalRef);
    }

    /** {@code DRAFT}, {@code SCHEDULED}, {@code SENDING} or {@code SENT}. */
    public String status() {
        return status;
    }

    /** When it is (or was) launched. */
    public Optional<Instant> launchTime() {
        return Optional.ofNullable(launchTime);
    }

    /** How many SCHEDULE actions changed its schedule (a repeat at the same instant does not count). */
    public int schedules() {
        return schedules;
    }

    /** How many records its list held when it was sent; 0 before. */
    public int recipientsAtSend() {
        return recipientsAtSend;
    }

    @Override
    public String toString() {
        return "FakeCampaign{id=" + id + ", externalRef=" + externalRef + ", templateId=" + templateId + ", listId="
                + listId + ", status=" + status + ", launchTime=" + launchTime + ", schedules=" + schedules + "}";
    }
}
