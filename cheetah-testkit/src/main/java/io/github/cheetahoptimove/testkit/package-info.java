/**
 * An in-process fake CheetahMail for tests and demos. Start from
 * {@link io.github.cheetahoptimove.testkit.FakeCheetahMail}, or register
 * {@link io.github.cheetahoptimove.testkit.FakeCheetahMailExtension} in a JUnit 5 test.
 */
package io.github.cheetahoptimove.testkit;
