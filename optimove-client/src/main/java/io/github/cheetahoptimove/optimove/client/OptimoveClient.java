package io.github.cheetahoptimove.optimove.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * A client of one Optimove tenant's API, authenticated by an API key.
 *
 * <p>Build one per key and share it: it is thread-safe and all its threads share one rate-limit
 * window (50 calls per 10 seconds by default, Optimove's limit), so calls wait for a slot instead
 * of collecting {@code 429}s. Every call may be repeated safely and is retried on {@code 429}, 5xx
 * and lost connections.
 *
 * <pre>{@code
 * try (OptimoveClient optimove = OptimoveClient.builder()
 *         .baseUrl("https://api5.optimove.net")
 *         .apiKey(System.getenv("OPTIMOVE_API_KEY"))
 *         .build()) {
 *     List<Long> today = optimove.campaigns().listExecuted(504, LocalDate.now(siteZone));
 * }
 * }</pre>
 *
 * <p>Every call fails with an {@link OptimoveException}. The API key is never logged or printed.
 */
public final class OptimoveClient implements AutoCloseable {
    private final String baseUrl;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final RateWindow window;
    private final Campaigns campaigns;
    private final SendDetails sendDetails;
    private final ChannelTemplates channelTemplates;
    private final Metrics metrics;
    private final EventListeners eventListeners;

    private OptimoveClient(Builder b) {
        this.baseUrl = b.baseUrl.toString();
        this.ownsHttp = b.okHttpClient == null;
        OkHttpClient base = ownsHttp
                ? new OkHttpClient.Builder().connectionPool(new ConnectionPool(5, 5, TimeUnit.MINUTES)).build()
                : b.okHttpClient;
        this.window = new RateWindow(b.rateLimitCalls, b.rateLimitWindow, System::nanoTime);
        String key = b.apiKey;
        OkHttpClient.Builder hb = base.newBuilder().connectTimeout(b.connectTimeout).readTimeout(b.readTimeout)
                .writeTimeout(b.readTimeout).callTimeout(b.callTimeout).retryOnConnectionFailure(false)
                .followRedirects(false)
                .addInterceptor(new RetryInterceptor(window, b.maxAttempts, b.initialBackoff, b.callTimeout))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-API-KEY", key).build()));
        if (base.socketFactory() == SocketFactory.getDefault()) {
            hb.socketFactory(new NoDelaySockets());
        }
        this.http = hb.build();
        OptimoveApi api = new Retrofit.Builder().baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
                .client(http).addConverterFactory(JacksonConverterFactory.create(Json.MAPPER)).build()
                .create(OptimoveApi.class);
        this.campaigns = new Campaigns(api);
        this.sendDetails = new SendDetails(api, b.pageSize);
        this.channelTemplates = new ChannelTemplates(api);
        this.metrics = new Metrics(api);
        this.eventListeners = new EventListeners(api);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The day's campaigns of a channel, their details and cancelled customers. */
    public Campaigns campaigns() {
        return campaigns;
    }

    /** The recipients of a campaign, as a stream. */
    public SendDetails sendDetails() {
        return sendDetails;
    }

    /** The templates Optimove's campaign screen offers for a channel. */
    public ChannelTemplates channelTemplates() {
        return channelTemplates;
    }

    /** Campaign metrics handed back to Optimove. */
    public Metrics metrics() {
        return metrics;
    }

    /** Event listener registrations. */
    public EventListeners eventListeners() {
        return eventListeners;
    }

    /** How many {@code 429}s this client has received (each was waited out and the call repeated). */
    public long rateLimitedAnswers() {
        return window.tooManyCount();
    }

    /** Releases the pool and dispatcher threads, unless the OkHttpClient came from the caller. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** The base URL only; never the key. */
    @Override
    public String toString() {
        return "OptimoveClient{baseUrl=" + baseUrl + ", apiKey=***}";
    }

    /** Sets {@code TCP_NODELAY} on every socket: Nagle's algorithm would add 40 ms to each call. */
    private static final class NoDelaySockets extends SocketFactory {
        private static Socket noDelay(Socket s) throws IOException {
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(host, port, local, localPort));
        }
    }

    /**
     * Builds an {@link OptimoveClient}. The base URL and the API key are required; everything else
     * has a default. A setter given {@code null} leaves its setting unset, and {@link #build()}
     * names every required one that is. Not thread-safe.
     */
    public static final class Builder {
        private URI baseUrl;
        private String apiKey;
        private boolean allowInsecureHttp;
        private OkHttpClient okHttpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofMinutes(5);
        private int maxAttempts = 8;
        private Duration initialBackoff = Duration.ofMillis(500);
        private int rateLimitCalls = 50;
        private Duration rateLimitWindow = Duration.ofSeconds(10);
        private int pageSize = SendDetails.MAX_PAGE_SIZE;

        private Builder() {}

        /** The tenant's API base URL, e.g. {@code https://api5.optimove.net}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl == null ? null : URI.create(baseUrl.trim());
            return this;
        }

        /** The API key, generated in Optimove's settings; never logged or printed. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Allows a plain {@code http://} base URL, for a local fake server only. */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        /** An OkHttpClient to share (pool, dispatcher, proxy, TLS); closing this client leaves it open. */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
            return this;
        }

        /** Time to open a connection (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
            return this;
        }

        /** Time for each read and write (default 60 s: a page of 10,000 rows takes a while). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "readTimeout");
            return this;
        }

        /** Time for a whole call with its waits and retries (default 5 min). */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "callTimeout");
            return this;
        }

        /** Attempts a call may take, the first included (default 8), and the first backoff (default 500 ms). */
        public Builder retries(int maxAttempts, Duration initialBackoff) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * The rate limit to keep: {@code calls} per sliding {@code window}, for all threads of the
         * client (default Optimove's 50 per 10 s). Lower it when other software shares the key.
         */
        public Builder rateLimit(int calls, Duration window) {
            if (calls < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("rateLimit needs at least 1 call per positive window");
            }
            this.rateLimitCalls = calls;
            this.rateLimitWindow = window;
            return this;
        }

        /** Rows a send-details page asks for, 1 to 10,000 (default 10,000). */
        public Builder pageSize(int rows) {
            if (rows < 1 || rows > SendDetails.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize must be 1 to 10,000, was " + rows);
            }
            this.pageSize = rows;
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException naming every required setting that is missing
         * @throws IllegalArgumentException naming a setting whose value is wrong
         */
        public OptimoveClient build() {
            List<String> missing = new ArrayList<>();
            if (baseUrl == null) {
                missing.add("baseUrl");
            }
            if (apiKey == null) {
                missing.add("apiKey");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("OptimoveClient needs " + String.join(", ", missing)
                        + " (the API key comes from Optimove's settings; an environment variable that is not set "
                        + "gives null)");
            }
            String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an https:// URL such as "
                        + "https://api5.optimove.net, was " + baseUrl);
            }
            if (scheme.equals("http") && !allowInsecureHttp) {
                throw new IllegalArgumentException("baseUrl " + baseUrl + " is plain http: the API key and customer "
                        + "data would travel unencrypted. Use the tenant's https:// URL, or call allowInsecureHttp() "
                        + "for a local fake server.");
            }
            if (apiKey.trim().isEmpty()) {
                throw new IllegalArgumentException("apiKey must not be blank: generate one in Optimove's settings");
            }
            return new OptimoveClient(this);
        }
    }
}
