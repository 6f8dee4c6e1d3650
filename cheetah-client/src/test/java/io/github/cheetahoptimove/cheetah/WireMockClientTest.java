package io.github.cheetahoptimove.cheetah;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client against WireMock on a dynamic port that hands out token {@code tok-1}; retries do not sleep. */
abstract class WireMockClientTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.server();

    final WireMockSupport.RecordingSleeper sleeper = new WireMockSupport.RecordingSleeper();
    CheetahClient client;

    @BeforeEach
    void startClient() {
        WireMockSupport.stubToken(wm, "tok-1");
        client = configure(WireMockSupport.clientFor(wm, sleeper)).build();
    }

    /** Adjusts the client before it is built. */
    CheetahClient.Builder configure(CheetahClient.Builder builder) {
        return builder;
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}
