/**
 * Value types of the CheetahMail API in Java terms: ids, templates, lists, records, campaigns and
 * their statistics.
 *
 * <p>Every type here is immutable and safe to share between threads. Build one with its static
 * {@code builder()} (or {@code of(...)} for ids); parameters are never {@code null}, absent values
 * are {@link java.util.Optional}. Start from {@link io.github.cheetahoptimove.cheetah.model.Record}
 * and {@link io.github.cheetahoptimove.cheetah.model.Campaign}.
 */
@io.github.cheetahoptimove.cheetah.internal.ValueStyle
package io.github.cheetahoptimove.cheetah.model;
