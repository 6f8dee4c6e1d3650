package io.github.cheetahoptimove.cheetah;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Converts between the wire DTOs and the public value types. */
final class WireMapping {
    /** A send schedule's start time: a local date-time to the second, without offset. */
    static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private WireMapping() {}

    /** An account. */
    public static Account account(Wire.AccountDto d) {
        return Account.builder().custId(CustId.of(d.custId == null ? 0 : d.custId)).name(nz(d.name))
                .timeZone(WindowsZones.fromWire(d.timeZone)).build();
    }

    /** A folder. */
    public static Folder folder(Wire.FolderDto d) {
        return Folder.builder().id(FolderId.of(d.id)).name(nz(d.name))
                .parentId(d.parentId == null || d.parentId <= 0 ? Optional.empty()
                        : Optional.of(FolderId.of(d.parentId)))
                .build();
    }

    /** A template. */
    public static Template template(Wire.TemplateDto d) {
        return Template.builder().id(TemplateId.of(d.id)).name(nz(d.name)).subject(nz(d.subject))
                .folderId(d.folderId == null || d.folderId <= 0 ? Optional.empty()
                        : Optional.of(FolderId.of(d.folderId)))
                .modifiedAt(dateTime(d.modifiedAt))
                .personalizationFields(d.personalizationFields == null ? List.of() : d.personalizationFields)
                .build();
    }

    /** A data map. */
    public static DataMap dataMap(Wire.DataMapDto d) {
        DataMap.Builder b = DataMap.builder().id(DataMapId.of(d.id)).name(nz(d.name));
        if (d.fields != null) {
            for (Wire.FieldDto f : d.fields) {
                b.addFields(DataMapField.of(nz(f.mapTo), FieldType.fromApi(f.type), f.unique));
            }
        }
        return b.build();
    }

    /** The body of a list creation. */
    public static Wire.NewListDto newList(NewList l) {
        Wire.NewListDto d = new Wire.NewListDto();
        d.custId = l.custId().value();
        d.name = l.name();
        d.apiPostId = l.dataMapId().value();
        return d;
    }

    /** A target list. */
    public static TargetList list(Wire.ListDto d) {
        return TargetList.builder().id(ListId.of(d.id)).name(nz(d.name)).recordCount(d.recordCount)
                .createdAt(dateTime(d.createdAt)).build();
    }

    /** The body of a campaign creation. */
    public static Wire.NewCampaignDto newCampaign(NewCampaign c) {
        Wire.NewCampaignDto d = new Wire.NewCampaignDto();
        d.custId = c.custId().value();
        d.name = c.name();
        d.templateId = c.templateId().value();
        d.listId = c.listId().value();
        d.externalRef = c.externalRef().orElse(null);
        return d;
    }

    /** A campaign. */
    public static Campaign campaign(Wire.CampaignDto d) {
        return Campaign.builder().id(CampaignId.of(d.campId)).name(nz(d.name))
                .templateId(d.templateId == null || d.templateId <= 0 ? Optional.empty()
                        : Optional.of(TemplateId.of(d.templateId)))
                .listId(d.listId == null || d.listId <= 0 ? Optional.empty() : Optional.of(ListId.of(d.listId)))
                .externalRef(Optional.ofNullable(d.externalRef))
                .status(CampaignStatus.fromApi(d.status))
                .scheduledAt(schedule(d).map(ZonedDateTime::toInstant))
                .scheduledZone(schedule(d).map(ZonedDateTime::getZone))
                .build();
    }

    /** A campaign's send schedule as a zoned time; empty when it has none or it cannot be read. */
    private static Optional<ZonedDateTime> schedule(Wire.CampaignDto d) {
        if (d.campParam == null || d.campParam.sendSchedule == null || d.campParam.sendSchedule.startTime == null) {
            return Optional.empty();
        }
        Optional<ZoneId> zone = WindowsZones.fromWire(d.campParam.sendSchedule.timeZone);
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(d.campParam.sendSchedule.startTime);
            // A repeated local time is its first occurrence, as the API reads it: the earlier offset.
            return Optional.of(ZonedDateTime.ofLocal(local, zone.get(), null));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The schedule that makes a campaign send at {@code instant} (seconds kept, fractions dropped):
     * written in {@code preferred}'s Windows zone when the local time is unambiguous there, else in
     * {@code UTC}, which writes every instant exactly (the repeated hour when clocks go back, a zone
     * without a Windows id).
     */
    static Wire.CampActionDto launchAt(Instant instant, ZoneId preferred) {
        Instant at = instant.truncatedTo(ChronoUnit.SECONDS);
        Optional<String> wire = WindowsZones.toWire(preferred);
        if (wire.isPresent()) {
            // The zone the API reads the id in, which may be another name for the same rules.
            ZoneId read = WindowsZones.fromWire(wire.get()).orElse(preferred);
            LocalDateTime local = LocalDateTime.ofInstant(at, read);
            if (read.getRules().getValidOffsets(local).size() == 1) {
                return Wire.CampActionDto.launchAt(START_TIME.format(local), wire.get());
            }
        }
        return Wire.CampActionDto.launchAt(START_TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)), "UTC");
    }

    /** Campaign statistics. */
    public static CampaignStats stats(CampaignId id, Wire.StatsDto d) {
        return CampaignStats.builder().campaignId(id).asOf(dateTime(d.asOf).map(OffsetDateTime::toInstant))
                .recipients(d.recipients).delivered(d.delivered).bounces(d.bounces).hardBounces(d.hardBounces)
                .softBounces(d.softBounces).openings(d.openings).openers(d.openers).clicks(d.clicks)
                .clickers(d.clickers).unsubs(d.unsubs).complaints(d.complaints).build();
    }

    /** A timestamp with an offset (or {@code Z}); absent when missing or unreadable. */
    static Optional<OffsetDateTime> dateTime(String s) {
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s));
        } catch (DateTimeException e) {
            try {
                return Optional.of(Instant.parse(s).atOffset(ZoneOffset.UTC));
            } catch (DateTimeException e2) {
                return Optional.empty();
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
