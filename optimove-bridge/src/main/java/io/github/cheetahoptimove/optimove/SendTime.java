package io.github.cheetahoptimove.optimove;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Turns Optimove's local send time into an instant. A local time that does not exist (the clocks
 * spring forward over it) moves forward by the length of the gap: 02:30 in a 02:00-03:00 gap sends
 * at 03:30. A local time that exists twice (the clocks fall back) means its first occurrence, the
 * earlier instant. Fractions of a second are dropped: launch times travel with whole seconds, and a
 * rerun must find the instant it scheduled.
 */
final class SendTime {
    private SendTime() {}

    static Instant resolve(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
