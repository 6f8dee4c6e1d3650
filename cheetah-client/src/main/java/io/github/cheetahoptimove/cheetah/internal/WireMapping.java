package io.github.cheetahoptimove.cheetah.internal;

import io.github.cheetahoptimove.cheetah.model.Account;
import io.github.cheetahoptimove.cheetah.model.Campaign;
import io.github.cheetahoptimove.cheetah.model.CampaignId;
import io.github.cheetahoptimove.cheetah.model.CampaignStats;
import io.github.cheetahoptimove.cheetah.model.CampaignStatus;
import io.github.cheetahoptimove.cheetah.model.CustId;
import io.github.cheetahoptimove.cheetah.model.DataMap;
import io.github.cheetahoptimove.cheetah.model.DataMapField;
import io.github.cheetahoptimove.cheetah.model.DataMapId;
import io.github.cheetahoptimove.cheetah.model.FieldType;
import io.github.cheetahoptimove.cheetah.model.Folder;
import io.github.cheetahoptimove.cheetah.model.FolderId;
import io.github.cheetahoptimove.cheetah.model.ListId;
import io.github.cheetahoptimove.cheetah.model.NewCampaign;
import io.github.cheetahoptimove.cheetah.model.NewList;
import io.github.cheetahoptimove.cheetah.model.TargetList;
import io.github.cheetahoptimove.cheetah.model.Template;
import io.github.cheetahoptimove.cheetah.model.TemplateId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Converts between the wire DTOs and the public value types. */
public final class WireMapping {
    /** Launch times travel with seconds and a numeric offset, e.g. {@code 2026-11-28T09:00:00-05:00}. */
    public static final DateTimeFormatter LAUNCH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private WireMapping() {}

    /** An account. */
    public static Account account(Wire.AccountDto d) {
        ZoneId zone;
        try {
            zone = d.timeZone == null ? ZoneOffset.UTC : ZoneId.of(d.timeZone);
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        return Account.builder().custId(CustId.of(d.custId == null ? 0 : d.custId)).name(nz(d.name)).timeZone(zone)
                .build();
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
                .launchTime(dateTime(d.launchTime))
                .build();
    }

    /** Campaign statistics. */
    public static CampaignStats stats(CampaignId id, Wire.StatsDto d) {
        return CampaignStats.builder().campaignId(id).asOf(dateTime(d.asOf).map(OffsetDateTime::toInstant))
                .recipients(d.recipients).delivered(d.delivered).bounces(d.bounces).hardBounces(d.hardBounces)
                .softBounces(d.softBounces).openings(d.openings).openers(d.openers).clicks(d.clicks)
                .clickers(d.clickers).unsubs(d.unsubs).complaints(d.complaints).build();
    }

    /** A launch time as it travels. */
    public static String launchTime(OffsetDateTime t) {
        return LAUNCH_TIME.format(t);
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
