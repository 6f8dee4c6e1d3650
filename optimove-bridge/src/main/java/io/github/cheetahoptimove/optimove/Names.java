package io.github.cheetahoptimove.optimove;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Rule 2 in one place: the names by which every CheetahMail object of an execution is found again,
 * without any state kept by the host.
 */
final class Names {
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Names() {}

    /** The external reference every campaign of the execution carries: {@code optimove:{id}:{yyyy-MM-dd}}. */
    static String externalRef(long campaignId, LocalDate date) {
        return "optimove:" + campaignId + ":" + date;
    }

    /** The name of one template's list: {@code optimove-{id}-{templateId}-{yyyyMMdd}}. */
    static String listName(long campaignId, long templateId, LocalDate date) {
        return "optimove-" + campaignId + "-" + templateId + "-" + COMPACT_DATE.format(date);
    }

    /** The name of the execution's lock: {@code optimove-{id}-{yyyyMMdd}}. */
    static String lockName(long campaignId, LocalDate date) {
        return "optimove-" + campaignId + "-" + COMPACT_DATE.format(date);
    }

    /** The name a new CheetahMail campaign gets (for people; it is found by its external reference). */
    static String campaignName(long campaignId, long templateId, LocalDate date) {
        return "Optimove " + campaignId + " template " + templateId + " " + date;
    }
}
