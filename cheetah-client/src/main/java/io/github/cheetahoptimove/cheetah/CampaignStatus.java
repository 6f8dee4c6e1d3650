package io.github.cheetahoptimove.cheetah;

import java.util.Locale;

/** Where an email campaign is in its lifecycle. */
public enum CampaignStatus {
    /** Created, not scheduled; can be scheduled, launched or deleted. */
    DRAFT,
    /** Waiting for its launch time; can be cancelled back to {@link #DRAFT}. */
    SCHEDULED,
    /** Being sent; can no longer be stopped. */
    SENDING,
    /** Sent. */
    SENT,
    /** A status this SDK version does not know. */
    UNKNOWN;

    /** Parses the API's status name; anything unrecognised is {@link #UNKNOWN}. */
    public static CampaignStatus fromApi(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Whether the campaign has started sending, so it can no longer be cancelled or deleted. */
    public boolean hasStartedSending() {
        return this == SENDING || this == SENT;
    }
}
