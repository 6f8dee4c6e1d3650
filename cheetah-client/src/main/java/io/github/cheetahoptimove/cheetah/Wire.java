package io.github.cheetahoptimove.cheetah;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON shapes of the CheetahMail API, exactly as they travel. Nothing outside this package sees
 * them: the resources turn them into the value types of {@code ...cheetah.model}.
 */
final class Wire {
    private Wire() {}

    /** {@code GET Account}. */
    static final class AccountDto {
        public Long custId;
        public String name;
        public String timeZone;
    }

    /** {@code GET Folders}. */
    static final class FolderDto {
        public long id;
        public String name;
        public Long parentId;
    }

    /** An email template. */
    static final class TemplateDto {
        public long id;
        public String name;
        public String subject;
        public Long folderId;
        public String modifiedAt;
        public List<String> personalizationFields;
    }

    /** A page of any list call. */
    static final class PageDto<T> {
        public List<T> items;
        public int page;
        public int pageSize;
        public long totalCount;
    }

    /** A data map. */
    static final class DataMapDto {
        public long id;
        public String name;
        public List<FieldDto> fields;
    }

    /** One field of a data map. */
    static final class FieldDto {
        public String mapTo;
        public String type;
        public boolean unique;
    }

    /** {@code POST Lists}. */
    static final class NewListDto {
        public long custId;
        public String name;
        public long apiPostId;
    }

    /** An answer carrying a new object's id. */
    static final class IdDto {
        public long id;
    }

    /** A target list. */
    static final class ListDto {
        public long id;
        public String name;
        public long recordCount;
        public String createdAt;
    }

    /** The answer of {@code POST ListRecords}. */
    static final class UploadResultDto {
        public long accepted;
        public List<RejectDto> rejected;
    }

    /** One rejected record of a batch, by its index in the batch. */
    static final class RejectDto {
        public int index;
        public String reason;
    }

    /** {@code POST EmailCampaign}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class NewCampaignDto {
        @JsonProperty("CustId") public long custId;
        @JsonProperty("Name") public String name;
        @JsonProperty("TemplateId") public long templateId;
        @JsonProperty("ListId") public long listId;
        @JsonProperty("ExternalRef") public String externalRef;
    }

    /** The answer of {@code POST EmailCampaign}. */
    static final class CampIdDto {
        public long campId;
    }

    /** An email campaign. */
    static final class CampaignDto {
        public long campId;
        @JsonProperty("Name") public String name;
        @JsonProperty("TemplateId") public Long templateId;
        @JsonProperty("ListId") public Long listId;
        @JsonProperty("ExternalRef") public String externalRef;
        @JsonProperty("Status") public String status;
        public CampParamDto campParam;
    }

    /** A campaign's parameters; only its send schedule is used. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class CampParamDto {
        public SendScheduleDto sendSchedule;
    }

    /** When a campaign sends: a local date-time without offset, read in a Windows time zone id. */
    static final class SendScheduleDto {
        public String startTime;
        public String timeZone;
    }

    /** {@code PUT EmailCampaign}: an action, with the send schedule for a {@code LAUNCH} at a time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class CampActionDto {
        public CampParamDto campParam;
        @JsonProperty("CampAction") public String action;

        /** Launches at {@code startTime} in {@code timeZone}. */
        static CampActionDto launchAt(String startTime, String timeZone) {
            CampActionDto d = of("LAUNCH");
            d.campParam = new CampParamDto();
            d.campParam.sendSchedule = new SendScheduleDto();
            d.campParam.sendSchedule.startTime = startTime;
            d.campParam.sendSchedule.timeZone = timeZone;
            return d;
        }

        /** Sends now. */
        static CampActionDto launchNow() {
            return of("LAUNCH");
        }

        /** Back to draft. */
        static CampActionDto cancel() {
            return of("CANCEL");
        }

        private static CampActionDto of(String action) {
            CampActionDto d = new CampActionDto();
            d.action = action;
            return d;
        }
    }

    /** {@code GET CampaignStats}. */
    static final class StatsDto {
        public long campId;
        public String asOf;
        @JsonProperty("Recipients") public long recipients;
        @JsonProperty("Delivered") public long delivered;
        @JsonProperty("Bounces") public long bounces;
        @JsonProperty("HardBounces") public long hardBounces;
        @JsonProperty("SoftBounces") public long softBounces;
        @JsonProperty("Openings") public long openings;
        @JsonProperty("Openers") public long openers;
        @JsonProperty("Clicks") public long clicks;
        @JsonProperty("Clickers") public long clickers;
        @JsonProperty("Unsubs") public long unsubs;
        @JsonProperty("Complaints") public long complaints;
    }

    /** The body of a non-2xx answer. */
    static final class ErrorDto {
        public String message;
        public String code;
        public List<DetailDto> details;
        public String error;
        @JsonProperty("error_description") public String errorDescription;
    }

    /** One field-level detail of an error. */
    static final class DetailDto {
        public String field;
        public String message;
    }
}
