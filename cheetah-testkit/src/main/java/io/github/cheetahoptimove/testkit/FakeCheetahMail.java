package io.github.cheetahoptimove.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-process, stateful fake of the CheetahMail REST API, served over real HTTP on loopback.
 *
 * <p>It keeps state the way the API does: OAuth tokens with expiry, lists whose records are upserted
 * by the data map's unique field, campaigns with their lifecycle and its 400/409 rules, and
 * statistics that appear once a simulated send happens ({@link #sendDue()}). It validates what the
 * API validates (token form fields, bearer tokens, batch limits, record types, schedules in a
 * Windows time zone), can rate limit, and injects faults ({@link #faults()}). It starts in well
 * under a second.
 *
 * <pre>{@code
 * try (FakeCheetahMail fake = FakeCheetahMail.builder().clock(TestClock.at(now)).start()) {
 *     CheetahClient client = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
 *             .consumerKey(fake.consumerKey()).consumerSecret(fake.consumerSecret())
 *             .clientId(fake.clientId()).build();
 *     ...
 *     fake.sendDue();
 *     assertThat(fake.campaigns()).allMatch(c -> c.status().equals("SENT"));
 * }
 * }</pre>
 *
 * <p>It speaks the wire contract itself and shares no code with {@code cheetah-client}, so a
 * mistake in one cannot hide one in the other. Thread-safe. "Now" comes from its clock (tokens,
 * schedules, statistics); the rate-limit window and injected delays are real time, since they act
 * on a client's real sleeps and timeouts. Inside, it is a small front ({@code HttpFront}) and one
 * class of routes per resource over one {@code FakeState}.
 */
public final class FakeCheetahMail implements AutoCloseable {
    /** The API's limit of records a {@code ListRecords} call. */
    public static final int MAX_RECORDS = ListRoutes.MAX_RECORDS;
    /** The API's limit of bytes a {@code ListRecords} call. */
    public static final int MAX_BYTES = ListRoutes.MAX_BYTES;

    private static final String API = "/services2/api/";
    private static final String TOKEN = "/services2/authorization/oAuth2/Token";

    private final FakeSettings settings;
    private final Faults faults = new Faults();
    private final FakeState state = new FakeState();
    private final Auth auth;
    private final AccountRoutes account;
    private final ListRoutes lists;
    private final CampaignRoutes campaigns;
    private final HttpFront front;

    private FakeCheetahMail(FakeSettings settings) {
        this.settings = settings;
        this.auth = new Auth(settings, System::nanoTime);
        this.account = new AccountRoutes(settings);
        this.lists = new ListRoutes(settings, state);
        this.campaigns = new CampaignRoutes(settings, state);
        // Read a little past the limit so that an oversized batch can be told apart.
        this.front = new HttpFront("fake CheetahMail", faults, FakeCheetahMail::routeOf,
                rule -> Replies.error(rule.status, "injected fault", "FAULT"), this::handle,
                MAX_BYTES + 64 * 1024 + 1).start(settings.port);
    }

    /** A builder with realistic defaults for everything. */
    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint URL to give a client, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The port it listens on. */
    public int port() {
        return front.port();
    }

    /** The consumer key it accepts. */
    public String consumerKey() {
        return settings.consumerKey;
    }

    /** The consumer secret it accepts. */
    public String consumerSecret() {
        return settings.consumerSecret;
    }

    /** The client identifier it accepts (a token request may also leave it out). */
    public String clientId() {
        return settings.clientId;
    }

    /** The account's Cust_ID. */
    public long custId() {
        return settings.custId;
    }

    /** The id of the seeded {@code Optimove} folder (the first folder named so). */
    public long optimoveFolderId() {
        return settings.folders.values().stream().filter(f -> f.name.equals("Optimove")).mapToLong(f -> f.id)
                .findFirst().orElse(0);
    }

    /** The data map's id (the PROP_MAP_ID). */
    public long dataMapId() {
        return settings.dataMapId;
    }

    /** The account's time zone (answered to clients as its Windows id). */
    public ZoneId accountZone() {
        return settings.zone;
    }

    /** The clock it reads "now" from. */
    public Clock clock() {
        return settings.clock;
    }

    /** Fault injection rules. */
    public Faults faults() {
        return faults;
    }

    /** Answers {@code 429} to any token making more than {@code perSecond} calls a second; 0 turns it off. */
    public void rateLimit(int perSecond) {
        auth.rateLimit(perSecond);
    }

    /** How many {@code 429}s it answered for its rate limit (injected faults not counted). */
    public int rateLimitedAnswers() {
        return auth.rateLimitedAnswers();
    }

    /** Makes every issued token expired: the next API call with one answers {@code 401}. */
    public void expireAllTokens() {
        auth.expireAll();
    }

    /** Every access token issued so far (for asserting that none leaks into logs or messages). */
    public Set<String> issuedTokens() {
        return auth.issued();
    }

    /** How many token requests arrived, refused ones included. */
    public int tokenRequests() {
        return auth.tokenRequests();
    }

    /**
     * How many requests arrived for a route (see {@link Faults} for route names), whatever their
     * outcome.
     */
    public int requestCount(String method, String route) {
        return front.requestCount(method, route);
    }

    /** Forgets lists, campaigns, tokens, counters and fault rules; keeps the seed and the port. */
    public void reset() {
        state.clear();
        auth.reset();
        front.resetCounts();
        faults.clear();
    }

    /** Every campaign, in creation order. */
    public List<FakeCampaign> campaigns() {
        synchronized (state.lock) {
            List<FakeCampaign> out = new ArrayList<>();
            state.campaigns.values().forEach(c -> out.add(c.snapshot()));
            return out;
        }
    }

    /** The campaign of that id, if it exists. */
    public Optional<FakeCampaign> campaign(long id) {
        synchronized (state.lock) {
            return Optional.ofNullable(state.campaigns.get(id)).map(FakeState.CampaignState::snapshot);
        }
    }

    /** Every list with its records, in creation order. */
    public List<FakeList> lists() {
        synchronized (state.lock) {
            List<FakeList> out = new ArrayList<>();
            state.lists.values().forEach(l -> out.add(l.snapshot()));
            return out;
        }
    }

    /** The list of that exact name, if it exists. */
    public Optional<FakeList> listByName(String name) {
        synchronized (state.lock) {
            return state.lists.values().stream().filter(l -> l.name.equals(name)).findFirst()
                    .map(FakeState.ListState::snapshot);
        }
    }

    /**
     * Simulates the send: every scheduled campaign whose launch time has come, and every launched
     * one, becomes {@code SENT} with figures derived from its list's size.
     *
     * @return how many campaigns were sent
     */
    public int sendDue() {
        synchronized (state.lock) {
            return campaigns.sendDue();
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        front.close();
    }

    /** {@code Token} for the token endpoint, the last segment of an API path, or {@code null}. */
    private static String routeOf(String path) {
        if (path.equals(TOKEN)) {
            return "Token";
        }
        return path.startsWith(API) && path.indexOf('/', API.length()) < 0 ? path.substring(API.length()) : null;
    }

    private Answer handle(Request r) {
        if (r.route.equals("Token")) {
            return auth.token(r);
        }
        Answer refused = auth.refusal(r);
        if (refused != null) {
            return refused;
        }
        JsonNode json = null;
        if (r.method.equals("POST") || r.method.equals("PUT")) {
            if (r.route.equals("ListRecords") && r.body.length > MAX_BYTES) {
                return Replies.error(413, "a call carries at most 4 MiB", "PAYLOAD_TOO_LARGE");
            }
            try {
                json = Replies.JSON.readTree(r.body);
            } catch (IOException e) {
                json = null;
            }
            if (json == null || !json.isObject()) {
                return Replies.error(400, "the body must be a JSON object", "BAD_REQUEST");
            }
        }
        synchronized (state.lock) {
            switch (r.method + " " + r.route) {
                case "GET Account":
                    return account.account();
                case "GET Folders":
                    return account.folder(r);
                case "GET EmailTemplates":
                    return account.templates(r);
                case "GET DataMaps":
                    return account.dataMap(r);
                case "POST Lists":
                    return lists.create(json);
                case "GET Lists":
                    return lists.get(r);
                case "DELETE Lists":
                    return lists.delete(r);
                case "POST ListRecords":
                    return lists.upload(r, json);
                case "POST EmailCampaign":
                    return campaigns.create(json);
                case "GET EmailCampaign":
                    return campaigns.get(r);
                case "PUT EmailCampaign":
                    return campaigns.action(r, json);
                case "DELETE EmailCampaign":
                    return campaigns.delete(r);
                case "GET CampaignStats":
                    return campaigns.stats(r);
                default:
                    return Replies.error(404, "no such resource: " + r.method + " " + r.route, "NOT_FOUND");
            }
        }
    }

    /**
     * Builds a {@link FakeCheetahMail}. Whatever is not set gets a realistic default: account 1234
     * in {@code America/New_York}; folders {@code My Files} (1), {@code Optimove} (77) and
     * {@code Drafts} (88); a data map 55 with {@code EMAIL} (unique), {@code FNAME}, {@code FAV_DEPT},
     * {@code LAST_PURCHASE} (DATE) and {@code LOYALTY_POINTS} (NUMBER); templates 9001, 9002, 9003
     * in the Optimove folder and 9100 in Drafts. Adding any folder, template or field replaces that
     * kind's defaults. Not thread-safe; the fake copies what it was given when it starts.
     */
    public static final class Builder {
        private String consumerKey = "test-consumer-key";
        private String consumerSecret = "test-consumer-secret";
        private String clientId = "test-client";
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration tokenLifetime = Duration.ofHours(8);
        private long custId = 1234;
        private String accountName = "Acme Retail";
        private ZoneId zone = ZoneId.of("America/New_York");
        private long dataMapId = 55;
        private String dataMapName = "Optimove feed";
        private int rateLimitPerSecond;
        private final Map<Long, Seed.Folder> folders = new LinkedHashMap<>();
        private final Map<Long, Seed.Template> templates = new LinkedHashMap<>();
        private final Map<String, Seed.Field> fields = new LinkedHashMap<>();

        private Builder() {}

        /** The credentials it accepts. */
        public Builder credentials(String consumerKey, String consumerSecret, String clientId) {
            this.consumerKey = consumerKey;
            this.consumerSecret = consumerSecret;
            this.clientId = clientId;
            return this;
        }

        /** A fixed port; default 0, a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The clock for "now" (a {@link TestClock} to control it); default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The lifetime of the tokens it issues; default 8 hours. */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = lifetime;
            return this;
        }

        /** The account: Cust_ID, name and time zone. */
        public Builder account(long custId, String name, String timeZone) {
            this.custId = custId;
            this.accountName = name;
            this.zone = ZoneId.of(timeZone);
            return this;
        }

        /** Adds a folder of "My Files". */
        public Builder folder(long id, String name, long parentId) {
            folders.put(id, new Seed.Folder(id, name, parentId));
            return this;
        }

        /** Adds a template in a folder, using those data map fields. */
        public Builder template(long id, String name, long folderId, String... personalizationFields) {
            templates.put(id, new Seed.Template(id, name, "Subject of " + name, folderId,
                    List.of(personalizationFields)));
            return this;
        }

        /** The data map's id and name. */
        public Builder dataMap(long id, String name) {
            this.dataMapId = id;
            this.dataMapName = name;
            return this;
        }

        /** Adds a data map field: type {@code STRING}, {@code NUMBER}, {@code DECIMAL} or {@code DATE}. */
        public Builder field(String mapTo, String type, boolean unique) {
            fields.put(mapTo, new Seed.Field(mapTo, type, unique));
            return this;
        }

        /** Rate limit in calls a second per token; default 0, off. */
        public Builder rateLimit(int perSecond) {
            this.rateLimitPerSecond = perSecond;
            return this;
        }

        /** Starts the fake. */
        public FakeCheetahMail start() {
            if (folders.isEmpty()) {
                folder(1, "My Files", 0).folder(77, "Optimove", 1).folder(88, "Drafts", 1);
            }
            if (fields.isEmpty()) {
                field("EMAIL", "STRING", true).field("FNAME", "STRING", false).field("FAV_DEPT", "STRING", false)
                        .field("LAST_PURCHASE", "DATE", false).field("LOYALTY_POINTS", "NUMBER", false);
            }
            if (templates.isEmpty()) {
                template(9001, "Winback 20% off", 77, "FNAME", "FAV_DEPT");
                template(9002, "Welcome", 77, "FNAME");
                template(9003, "Points reminder", 77, "LOYALTY_POINTS");
                template(9100, "Draft newsletter", 88, "FNAME");
            }
            return new FakeCheetahMail(new FakeSettings(consumerKey, consumerSecret, clientId, port, clock,
                    tokenLifetime, custId, accountName, zone, dataMapId, dataMapName, rateLimitPerSecond, folders,
                    templates, fields));
        }
    }
}
