/**
 * Executes Optimove campaigns through CheetahMail: setup checks, template sync, daily execution,
 * metrics and cancellation. Start from {@link io.github.cheetahoptimove.optimove.OptimoveBridge}.
 *
 * <p>The bridge has no runtime of its own: no threads, schedulers or static state. The host calls
 * it (typically once a day) and keeps the reports. All value types are immutable; parameters are
 * never {@code null}.
 */
@BridgeStyle
package io.github.cheetahoptimove.optimove;
