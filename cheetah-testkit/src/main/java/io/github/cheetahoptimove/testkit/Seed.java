package io.github.cheetahoptimove.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** The fake's seed data shapes and its validation and statistics rules. */
final class Seed {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Seed() {}

    static final class Folder {
        final long id;
        final String name;
        final long parentId;

        Folder(long id, String name, long parentId) {
            this.id = id;
            this.name = name;
            this.parentId = parentId;
        }
    }

    static final class Template {
        final long id;
        final String name;
        final String subject;
        final long folderId;
        final String modifiedAt = "2026-11-01T09:00:00Z";
        final List<String> fields;

        Template(long id, String name, String subject, long folderId, List<String> fields) {
            this.id = id;
            this.name = name;
            this.subject = subject;
            this.folderId = folderId;
            this.fields = fields;
        }
    }

    static final class Field {
        final String mapTo;
        final String type;
        final boolean unique;

        Field(String mapTo, String type, boolean unique) {
            this.mapTo = mapTo;
            this.type = type;
            this.unique = unique;
        }
    }

    /** Whether a value fits a data map type, as the API checks it. */
    static boolean fits(String type, String value) {
        switch (type) {
            case "NUMBER":
                return NUMBER.matcher(value).matches();
            case "DECIMAL":
                return DECIMAL.matcher(value).matches();
            case "DATE":
                try {
                    return value.length() == 10 && LocalDate.parse(value) != null;
                } catch (DateTimeParseException e) {
                    return false;
                }
            default:
                return true;
        }
    }

    /**
     * Plausible, deterministic figures for a send to {@code recipients}, {@code since} the send:
     * engagement grows over the first three days. Order: Recipients, Delivered, Bounces,
     * HardBounces, SoftBounces, Openings, Openers, Clicks, Clickers, Unsubs, Complaints.
     */
    static long[] figures(long recipients, Duration since) {
        long hours = Math.max(0, since.toHours());
        double grown = Math.min(1.0, (hours + 24) / 72.0);
        long bounces = recipients * 2 / 100;
        long hard = bounces * 3 / 4;
        long delivered = recipients - bounces;
        long openers = Math.round(delivered * 0.39 * grown);
        long openings = openers * 13 / 10;
        long clickers = Math.round(delivered * 0.08 * grown);
        long clicks = clickers * 3 / 2;
        long unsubs = Math.round(delivered * 0.004 * grown);
        long complaints = Math.round(delivered * 0.0003 * grown);
        return new long[] {recipients, delivered, bounces, hard, bounces - hard, openings, openers, clicks, clickers,
            unsubs, complaints};
    }
}
