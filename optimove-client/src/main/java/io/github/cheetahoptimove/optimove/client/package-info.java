/**
 * A typed client of Optimove's API for an integration that replaces Optimove's built-in email
 * channel: the day's campaigns of a channel, their recipients (send details) as a stream, channel
 * templates, campaign metrics, event listeners and event notifications. Start from
 * {@link io.github.cheetahoptimove.optimove.client.OptimoveClient}.
 *
 * <p>As in {@code cheetah-client}, the wire format (paths, {@code $top}, {@code X-API-KEY},
 * PascalCase fields) is package-private; public types speak Java. All types are thread-safe unless
 * they say otherwise; parameters are never {@code null}. Every call fails with an unchecked
 * {@link io.github.cheetahoptimove.optimove.client.OptimoveException}.
 */
@ValueStyle
package io.github.cheetahoptimove.optimove.client;
