package io.github.cheetahoptimove.cheetah.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON shapes of the CheetahMail API, exactly as they travel. Nothing outside this package sees
 * them: the resources turn them into the value types of {@code ...cheetah.model}.
 */
public final class Wire {
    private Wire() {}

    /** {@code GET Account}. */
    public static final class AccountDto {
        public Long custId;
        public String name;
        public String timeZone;
    }

    /** {@code GET Folders}. */
    public static final class FolderDto {
        public long id;
        public String name;
        public Long parentId;
    }

    /** An email template. */
    public static final class TemplateDto {
        public long id;
        public String name;
        public String subject;
        public Long folderId;
        public String modifiedAt;
        public List<String> personalizationFields;
    }

    /** A page of any list call. */
    public static final class PageDto<T> {
        public List<T> items;
        public int page;
        public int pageSize;
        public long totalCount;
    }

    /** A data map. */
    public static final class DataMapDto {
        public long id;
        public String name;
        public List<FieldDto> fields;
    }

    /** One field of a data map. */
    public static final class FieldDto {
        public String mapTo;
        public String type;
        public boolean unique;
    }

    /** {@code POST Lists}. */
    public static final class NewListDto {
        public long custId;
        public String name;
        public long apiPostId;
    }

    /** An answer carrying a new object's id. */
    public static final class IdDto {
        public long id;
    }

    /** A target list. */
    public static final class ListDto {
        public long id;
        public String name;
        public long recordCount;
        public String createdAt;
    }

    /** The answer of {@code POST ListRecords}. */
    public static final class UploadResultDto {
        public long accepted;
        public List<RejectDto> rejected;
    }

    /** One rejected record of a batch, by its index in the batch. */
    public static final class RejectDto {
        public int index;
        public String reason;
    }

    /** {@code POST EmailCampaign}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class NewCampaignDto {
        @JsonProperty("CustId") public long custId;
        @JsonProperty("Name") public String name;
        @JsonProperty("TemplateId") public long templateId;
        @JsonProperty("ListId") public long listId;
        @JsonProperty("ExternalRef") public String externalRef;
    }

    /** The answer of {@code POST EmailCampaign}. */
    public static final class CampIdDto {
        public long campId;
    }

    /** An email campaign. */
    public static final class CampaignDto {
        public long campId;
        @JsonProperty("Name") public String name;
        @JsonProperty("TemplateId") public Long templateId;
        @JsonProperty("ListId") public Long listId;
        @JsonProperty("ExternalRef") public String externalRef;
        @JsonProperty("Status") public String status;
        @JsonProperty("LaunchTime") public String launchTime;
    }

    /** {@code PUT EmailCampaign}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class CampActionDto {
        @JsonProperty("CampAction") public String action;
        @JsonProperty("LaunchTime") public String launchTime;

        /** Schedules at {@code launchTime}. */
        public static CampActionDto schedule(String launchTime) {
            return of("SCHEDULE", launchTime);
        }

        /** Sends now. */
        public static CampActionDto launch() {
            return of("LAUNCH", null);
        }

        /** Back to draft. */
        public static CampActionDto cancel() {
            return of("CANCEL", null);
        }

        private static CampActionDto of(String action, String launchTime) {
            CampActionDto d = new CampActionDto();
            d.action = action;
            d.launchTime = launchTime;
            return d;
        }
    }

    /** {@code GET CampaignStats}. */
    public static final class StatsDto {
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
    public static final class ErrorDto {
        public String message;
        public String code;
        public List<DetailDto> details;
        public String error;
        @JsonProperty("error_description") public String errorDescription;
    }

    /** One field-level detail of an error. */
    public static final class DetailDto {
        public String field;
        public String message;
    }
}
