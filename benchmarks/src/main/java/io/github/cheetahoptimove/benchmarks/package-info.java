/**
 * The SDK's benchmarks: start from {@link io.github.cheetahoptimove.benchmarks.Benchmarks}; the figures
 * and how to rerun them are in {@code docs/performance.md}.
 */
package io.github.cheetahoptimove.benchmarks;
