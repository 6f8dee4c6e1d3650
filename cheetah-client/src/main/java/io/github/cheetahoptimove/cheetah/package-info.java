/**
 * A typed client of the CheetahMail REST API. Start from {@link io.github.cheetahoptimove.cheetah.CheetahClient}.
 *
 * <p>All types are thread-safe unless they say otherwise; parameters are never {@code null}. Every
 * call fails with an unchecked {@link io.github.cheetahoptimove.cheetah.CheetahException}.
 */
package io.github.cheetahoptimove.cheetah;
