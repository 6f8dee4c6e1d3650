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
    private final Instant sendAt;
    private final String startTime;
    private final String timeZone;
    private final int schedules;
    private final int recipientsAtSend;

    FakeCampaign(long id, String name, long templateId, long listId, String externalRef, String status,
            Instant sendAt, String startTime, String timeZone, int schedules, int recipientsAtSend) {
        this.id = id;
        this.name = name;
        this.templateId = templateId;
        this.listId = listId;
        this.externalRef = externalRef;
        this.status = status;
        this.sendAt = sendAt;
        this.startTime = startTime;
        this.timeZone = timeZone;
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

    /** The instant it sends (or sent) at, as the fake read its schedule; absent for a draft. */
    public Optional<Instant> sendAt() {
        return Optional.ofNullable(sendAt);
    }

    /** {@code campParam.sendSchedule.startTime} exactly as last written, e.g. {@code 2026-11-30T10:00:00}. */
    public Optional<String> startTime() {
        return Optional.ofNullable(startTime);
    }

    /** {@code campParam.sendSchedule.timeZone} exactly as last written, e.g. {@code GMT_Standard_Time}. */
    public Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    /** How many timed launches changed its schedule (a repeat at the same instant does not count). */
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
                + listId + ", status=" + status + ", sendAt=" + sendAt + ", startTime=" + startTime + ", timeZone=" + timeZone + ", schedules=" + schedules + "}";
    }
}
