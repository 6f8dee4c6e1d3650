/**
 * A Spring Boot 3.5 starter for the SDK: properties under {@code cheetah-optimove.*}
 * ({@link io.github.cheetahoptimove.spring.CheetahOptimoveProperties}), the clients and the bridge as
 * beans, a cached health check, a ShedLock-backed execution lock, an opt-in scheduled daily run, an
 * opt-in endpoint for Optimove's notifications, and Micrometer meters. Start from
 * {@link io.github.cheetahoptimove.spring.CheetahOptimoveAutoConfiguration}.
 */
package io.github.cheetahoptimove.spring;
