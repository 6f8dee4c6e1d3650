package io.github.cheetahoptimove.optimove.client;

import java.util.Optional;

/**
 * The campaign metrics Optimove takes back from a channel, with their {@code MetricID}s (0-4 from
 * public client code, 5-8 modelled) and the names Optimove shows.
 */
public enum OptimoveMetric {
    /** Messages sent. */
    SENT(0, "Sent"),
    /** Messages delivered. */
    DELIVERED(1, "Delivered"),
    /** Every open. */
    OPENS(2, "Opens"),
    /** Every click. */
    CLICKS(3, "Clicks"),
    /** People who unsubscribed. */
    UNIQUE_UNSUBSCRIBES(4, "Unique Unsubscribes"),
    /** Messages bounced. */
    BOUNCED(5, "Bounced"),
    /** People who opened. */
    UNIQUE_OPENS(6, "Unique Opens"),
    /** People who clicked. */
    UNIQUE_CLICKS(7, "Unique Clicks"),
    /** Spam complaints. */
    SPAM_COMPLAINTS(8, "Spam Complaints");

    private final int id;
    private final String displayName;

    OptimoveMetric(int id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** Its {@code MetricID}. */
    public int id() {
        return id;
    }

    /** Its name in Optimove, e.g. {@code Unique Opens}. */
    public String displayName() {
        return displayName;
    }

    /** The metric Optimove shows under that name. */
    public static Optional<OptimoveMetric> byName(String displayName) {
        for (OptimoveMetric m : values()) {
            if (m.displayName.equals(displayName)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The metric of that {@code MetricID}. */
    public static Optional<OptimoveMetric> byId(int id) {
        for (OptimoveMetric m : values()) {
            if (m.id == id) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
