package io.github.cheetahoptimove.optimove;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where a campaign's recipients come from: a file, Optimove's paged API, a database cursor. The
 * bridge opens it once per execution, reads it through once, and closes the stream. It may hold
 * millions of recipients: the bridge never keeps them all in memory.
 */
@FunctionalInterface
public interface RecipientSource {
    /** A fresh stream of the recipients; the bridge closes it. */
    Stream<Recipient> open();

    /** A source over a list already in memory (tests, small campaigns). */
    static RecipientSource of(List<Recipient> recipients) {
        List<Recipient> copy = List.copyOf(recipients);
        return copy::stream;
    }

    /** No recipients: for campaigns given only to collect metrics or cancel. */
    static RecipientSource empty() {
        return Stream::empty;
    }
}
