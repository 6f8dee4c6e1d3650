/**
 * A typed client of the CheetahMail REST API. Start from {@link io.github.cheetahoptimove.cheetah.CheetahClient};
 * the resources hang off it ({@code client.campaigns()}, {@code client.lists()}, …).
 *
 * <p>The package holds the whole client. Its public types are the API: the client, the resources,
 * immutable values in Java terms (ids, templates, records, campaigns, statistics) and the
 * exceptions. Everything that knows the wire format (the Retrofit interface, the JSON shapes,
 * interceptors, the token cache, the upload batcher, the construction of exceptions) is
 * package-private, so it can change without breaking a caller.
 *
 * <p>All types are thread-safe unless they say otherwise; parameters are never {@code null}, absent
 * values are {@link java.util.Optional}. Every call fails with an unchecked
 * {@link io.github.cheetahoptimove.cheetah.CheetahException}.
 */
@ValueStyle
package io.github.cheetahoptimove.cheetah;
