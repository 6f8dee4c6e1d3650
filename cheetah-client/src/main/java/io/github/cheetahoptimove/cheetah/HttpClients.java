package io.github.cheetahoptimove.cheetah;

import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Derives the client's OkHttp stacks from a base client (the host's, or a new one). */
final class HttpClients {
    private HttpClients() {}

    /**
     * A client sharing {@code base}'s pool, dispatcher, proxy and TLS settings, with the config's
     * timeouts, {@code TCP_NODELAY}, the given interceptors in order, and OkHttp's own silent retry
     * switched off (it could resend a campaign creation; our retry interceptor decides instead).
     */
    public static OkHttpClient derive(OkHttpClient base, ClientConfig config, Interceptor... interceptors) {
        OkHttpClient.Builder b = base.newBuilder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.writeTimeout())
                .callTimeout(config.callTimeout().isZero() ? Duration.ZERO : config.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false);
        if (!(base.socketFactory() instanceof NoDelaySocketFactory)) {
            b.socketFactory(new NoDelaySocketFactory(base.socketFactory()));
        }
        for (Interceptor i : interceptors) {
            b.addInterceptor(i);
        }
        return b.build();
    }
}
