package io.github.cheetahoptimove.optimove;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** Generated Immutables classes stay package-private; users see the abstract types and their builders. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, jdkOnly = true)
@interface BridgeStyle {}
