package io.github.cheetahoptimove.optimove;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The filter that lets records go to the list early: never wrong about "new", seldom unsure. */
class IdentifierFilterTest {

    @Test
    void anIdentifierAddedBeforeIsNeverCalledNew() {
        IdentifierFilter filter = new IdentifierFilter();
        for (int i = 0; i < 200_000; i++) {
            filter.add("customer" + i + "@example.com");
        }
        for (int i = 0; i < 200_000; i++) {
            assertThat(filter.add("customer" + i + "@example.com")).as("customer %d", i).isFalse();
        }
    }

    @Test
    void halfAMillionIdentifiersLeaveFewerThanOneInTwoHundredUnsure() {
        IdentifierFilter filter = new IdentifierFilter();
        int unsure = 0;
        for (int i = 0; i < 500_000; i++) {
            if (!filter.add("user." + i + "@shop.example")) {
                unsure++;
            }
        }
        // Expected about 1 in 500 at the end, fewer on the way there.
        assertThat(unsure).isLessThan(500_000 / 200);
    }
}
