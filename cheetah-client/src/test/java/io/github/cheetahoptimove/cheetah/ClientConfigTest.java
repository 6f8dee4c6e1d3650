package io.github.cheetahoptimove.cheetah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Building a client: required settings, the https rule, and secrets kept out of strings. */
class ClientConfigTest {
    @Test
    void plainHttpEndpointIsRefusedWithoutOptIn() {
        assertThatThrownBy(() -> CheetahClient.builder().endpoint("http://api.eccmp.com").consumerKey("k")
                .consumerSecret("s").clientId("c").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http")
                .hasMessageContaining("allowInsecureHttp()");
    }

    @Test
    void plainHttpEndpointIsAcceptedWithOptIn() {
        try (CheetahClient c = CheetahClient.builder().endpoint("http://127.0.0.1:1").allowInsecureHttp()
                .consumerKey("k").consumerSecret("s").clientId("c").build()) {
            assertThat(c.config().allowInsecureHttp()).isTrue();
        }
    }

    @Test
    void missingSettingsAreAllNamed() {
        assertThatThrownBy(() -> CheetahClient.builder().endpoint("https://api.eccmp.com").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consumerKey, consumerSecret");
        assertThatThrownBy(() -> CheetahClient.builder().endpoint((String) null).consumerKey(System.getenv("NO_SUCH_VAR"))
                .consumerSecret(null).build())
                .as("a setter given null (an unset environment variable) is named, not a NullPointerException")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("endpoint, consumerKey, consumerSecret");
        assertThatThrownBy(() -> CheetahClient.builder().endpoint("https://api.eccmp.com").consumerKey("k")
                .consumerSecret("s").clientId(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId must not be blank");
    }

    @Test
    void blankSecretIsRefusedByName() {
        assertThatThrownBy(() -> CheetahClient.builder().endpoint("https://api.eccmp.com").consumerKey("k")
                .consumerSecret("  ").clientId("c").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("consumerSecret must not be blank");
    }

    @Test
    void configAndClientStringsNeverShowTheSecret() {
        try (CheetahClient c = CheetahClient.builder().endpoint("https://api.eccmp.com").consumerKey("k")
                .consumerSecret("very-secret-value").clientId("c").build()) {
            assertThat(c.config().toString()).doesNotContain("very-secret-value").contains("api.eccmp.com");
            assertThat(c.toString()).doesNotContain("very-secret-value");
            assertThat(c.config().maxRequestsPerSecond()).as("paced to the API's 10 a second by default").isEqualTo(10);
            try (CheetahClient copy = CheetahClient.builder().config(c.config()).build()) {
                assertThat(copy.config()).isEqualTo(c.config());
            }
        }
    }
}
