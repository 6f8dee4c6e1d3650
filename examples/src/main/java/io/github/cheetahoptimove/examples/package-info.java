/**
 * The examples tool: one class per command, each a short example of the SDK. Start from
 * {@link io.github.cheetahoptimove.examples.Main}; {@code DemoCommand} runs the whole daily flow on the
 * embedded fake.
 */
package io.github.cheetahoptimove.examples;
