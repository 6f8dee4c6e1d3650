package io.github.cheetahoptimove.cheetah;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TLS is never weakened: a certificate the JVM does not trust is refused before any byte of a request. */
class TransportSecurityTest {
    @RegisterExtension
    static WireMockExtension tls = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort()).build();

    @Test
    void untrustedCertificateIsRefusedAndNoCredentialIsSent() {
        WireMockSupport.stubToken(tls, "tok-1");
        String endpoint = "https://localhost:" + tls.getRuntimeInfo().getHttpsPort();

        try (CheetahClient client = CheetahClient.builder().endpoint(endpoint).consumerKey("k")
                .consumerSecret("s").clientId("c").retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> client.accounts().get())
                    .isInstanceOf(ConnectionException.class)
                    .hasCauseInstanceOf(SSLException.class)
                    .hasStackTraceContaining("certification path");
        }
        tls.verify(0, postRequestedFor(urlPathEqualTo(WireMockSupport.TOKEN_PATH)));
        tls.verify(0, getRequestedFor(urlPathEqualTo(WireMockSupport.API + "Account")));
    }
}
