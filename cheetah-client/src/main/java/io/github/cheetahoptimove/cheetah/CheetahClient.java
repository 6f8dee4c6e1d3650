package io.github.cheetahoptimove.cheetah;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * A client of one CheetahMail account's REST API.
 *
 * <p>Build one per account and share it: it is thread-safe, holds no static state, and all its
 * threads share one OAuth token. Resources hang off it with the same verbs everywhere:
 *
 * <pre>{@code
 * try (CheetahClient client = CheetahClient.builder()
 *         .endpoint("https://api.eccmp.com")
 *         .consumerKey(System.getenv("CHEETAH_CONSUMER_KEY"))
 *         .consumerSecret(System.getenv("CHEETAH_CONSUMER_SECRET"))
 *         .clientId(System.getenv("CHEETAH_CLIENT_ID"))
 *         .build()) {
 *     Account account = client.accounts().get();
 *     List<Template> templates = client.templates().list(FolderId.of(77));
 * }
 * }</pre>
 *
 * <p>Every call fails with a {@link CheetahException}. Calls that cannot double an effect are
 * retried by the {@link RetryPolicy}; see {@link AmbiguousOutcomeException} for those that are not.
 */
public final class CheetahClient implements AutoCloseable {
    private final ClientConfig config;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final Accounts accounts;
    private final Folders folders;
    private final Templates templates;
    private final DataMaps dataMaps;
    private final Lists lists;
    private final Campaigns campaigns;

    private CheetahClient(Builder b, ClientConfig config) {
        this.config = config;
        this.ownsHttp = b.okHttpClient == null;
        OkHttpClient base = ownsHttp
                ? new OkHttpClient.Builder().connectionPool(new ConnectionPool(5, 5, TimeUnit.MINUTES)).build()
                : b.okHttpClient;
        ObjectMapper mapper = Json.newMapper();
        Errors errors = new Errors(mapper);
        RetryInterceptor retry = new RetryInterceptor(config.retryPolicy(), b.sleeper, b.nanoTime, b.callListener);
        LoggingInterceptor logging = new LoggingInterceptor(b.callListener);
        Interceptor pacing = config.maxRequestsPerSecond() > 0
                ? new PacingInterceptor(config.maxRequestsPerSecond(), b.sleeper, b.nanoTime)
                : chain -> chain.proceed(chain.request());
        OkHttpClient tokenHttp = HttpClients.derive(base, config, retry, pacing, logging);
        TokenManager tokens = new TokenManager(config, tokenHttp, b.clock, errors, b.callListener);
        this.http = HttpClients.derive(base, config, new AuthInterceptor(tokens), retry, pacing, logging);
        String endpoint = config.endpoint().toString();
        CheetahApi api = new Retrofit.Builder()
                .baseUrl(endpoint.endsWith("/") ? endpoint : endpoint + "/")
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(mapper))
                .build()
                .create(CheetahApi.class);
        Calls calls = new Calls(errors);
        this.accounts = new Accounts(api, calls);
        this.folders = new Folders(api, calls);
        this.templates = new Templates(api, calls);
        this.dataMaps = new DataMaps(api, calls);
        this.lists = new Lists(api, calls);
        this.campaigns = new Campaigns(api, calls);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings this client was built with (the secret is redacted in {@code toString()}). */
    public ClientConfig config() {
        return config;
    }

    /** The account the credentials belong to. */
    public Accounts accounts() {
        return accounts;
    }

    /** Folders of "My Files". */
    public Folders folders() {
        return folders;
    }

    /** Email templates. */
    public Templates templates() {
        return templates;
    }

    /** Data maps. */
    public DataMaps dataMaps() {
        return dataMaps;
    }

    /** Target lists and their records. */
    public Lists lists() {
        return lists;
    }

    /** Email campaigns. */
    public Campaigns campaigns() {
        return campaigns;
    }

    /**
     * Releases the connection pool and dispatcher threads, unless the OkHttpClient came from the
     * caller (then it is the caller's to close).
     */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "CheetahClient{" + config + "}";
    }

    /**
     * Builds a {@link CheetahClient}. The endpoint, consumer key and consumer secret are required;
     * everything else has a default. Not thread-safe.
     */
    public static final class Builder {
        private final ClientConfig.Builder config = ClientConfig.builder();
        private URI endpoint;
        private String consumerKey;
        private String consumerSecret;
        private OkHttpClient okHttpClient;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private CallListener callListener = CallListener.NONE;
        /** Elapsed time for retries and pacing; tests hold it still. */
        java.util.function.LongSupplier nanoTime = System::nanoTime;

        private Builder() {}

        /**
         * The account's API endpoint, e.g. {@code https://api.eccmp.com} (North America) or
         * {@code https://api.ccmp.eu} (Europe). {@code null} leaves it unset: {@link #build()} names it.
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint == null ? null : URI.create(endpoint.trim());
            return this;
        }

        /** The account's API endpoint. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** The consumer key. {@code null} leaves it unset: {@link #build()} names it. */
        public Builder consumerKey(String consumerKey) {
            this.consumerKey = consumerKey;
            return this;
        }

        /** The consumer secret; never logged or printed. {@code null} leaves it unset. */
        public Builder consumerSecret(String consumerSecret) {
            this.consumerSecret = consumerSecret;
            return this;
        }

        /**
         * The client identifier, when the account manager handed one out; {@code null} (the
         * default) sends none. A blank one is refused by {@link #build()}.
         */
        public Builder clientId(String clientId) {
            config.clientId(Optional.ofNullable(clientId));
            return this;
        }

        /** Starts from the settings of an existing client. */
        public Builder config(ClientConfig existing) {
            config.from(existing);
            endpoint = existing.endpoint();
            consumerKey = existing.consumerKey();
            consumerSecret = existing.consumerSecret();
            return this;
        }

        /**
         * An OkHttpClient to share (its pool, dispatcher, proxy, TLS and interceptors are kept).
         * The client still sets its own timeouts and {@code TCP_NODELAY}, and turns off OkHttp's
         * silent retry, on a derived copy. Closing the CheetahClient leaves it open.
         */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
            return this;
        }

        /** Time to open a connection (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            config.connectTimeout(timeout);
            return this;
        }

        /** Time for each read of an answer (default 30 s). */
        public Builder readTimeout(Duration timeout) {
            config.readTimeout(timeout);
            return this;
        }

        /** Time to write a request (default 30 s). */
        public Builder writeTimeout(Duration timeout) {
            config.writeTimeout(timeout);
            return this;
        }

        /** Time for a whole call with its retries (default 2 min; zero for none). */
        public Builder callTimeout(Duration timeout) {
            config.callTimeout(timeout);
            return this;
        }

        /** How failed calls are repeated where safe (default {@link RetryPolicy#defaults()}). */
        public Builder retryPolicy(RetryPolicy policy) {
            config.retryPolicy(policy);
            return this;
        }

        /**
         * Paces all requests of this client to at most {@code perSecond} a second, slowing down on
         * {@code 429}s; the API allows 10 per token. Default 10; 0 turns pacing off.
         */
        public Builder maxRequestsPerSecond(int perSecond) {
            config.maxRequestsPerSecond(perSecond);
            return this;
        }

        /** How long before expiry a token is replaced (default 60 s). */
        public Builder tokenRefreshMargin(Duration margin) {
            config.tokenRefreshMargin(margin);
            return this;
        }

        /** The clock that decides token expiry (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Hears each exchange, retry and token request, e.g. for metrics (default: nothing). */
        public Builder callListener(CallListener listener) {
            this.callListener = Objects.requireNonNull(listener, "callListener");
            return this;
        }

        /** How retries wait (default: sleep); tests pass one that returns at once. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Allows a plain {@code http://} endpoint, for a local fake server only. */
        public Builder allowInsecureHttp() {
            config.allowInsecureHttp(true);
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException naming every required setting that is missing
         * @throws IllegalArgumentException naming a setting whose value is wrong
         */
        public CheetahClient build() {
            List<String> missing = new ArrayList<>();
            if (endpoint == null) {
                missing.add("endpoint");
            }
            if (consumerKey == null) {
                missing.add("consumerKey");
            }
            if (consumerSecret == null) {
                missing.add("consumerSecret");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("CheetahClient needs " + String.join(", ", missing)
                        + ": set them on the builder with the values the CheetahMail account manager handed out"
                        + " (an environment variable that is not set gives null)");
            }
            config.endpoint(endpoint).consumerKey(consumerKey).consumerSecret(consumerSecret);
            return new CheetahClient(this, config.build());
        }
    }
}
