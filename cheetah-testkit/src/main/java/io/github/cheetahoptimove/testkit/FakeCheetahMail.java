package io.github.cheetahoptimove.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process, stateful fake of the CheetahMail REST API, served over real HTTP on loopback.
 *
 * <p>It keeps state the way the API does: OAuth tokens with expiry, lists whose records are upserted
 * by the data map's unique field, campaigns with their lifecycle and its 400/409 rules, and
 * statistics that appear once a simulated send happens ({@link #sendDue()}). It validates what the
 * API validates (token form fields, bearer tokens, batch limits, record types), can rate limit, and
 * injects faults ({@link #faults()}). It starts in well under a second.
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
 * mistake in one cannot hide one in the other. Thread-safe. Setting the JDK server's
 * {@code sun.net.httpserver.nodelay} property to {@code true} (when unset) keeps Nagle's algorithm
 * from adding 40 ms to each answer.
 */
public final class FakeCheetahMail implements AutoCloseable {
    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** The API's limit of records a {@code ListRecords} call. */
    public static final int MAX_RECORDS = 1000;
    /** The API's limit of bytes a {@code ListRecords} call. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final String API = "/services2/api/";
    private static final String TOKEN = "/services2/authorization/oAuth2/Token";
    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Builder config;
    private final Clock clock;
    private final Faults faults = new Faults();
    private final Object lock = new Object();
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Map<String, Deque<Long>> callTimes = new HashMap<>();
    private final Map<Long, ListState> lists = new LinkedHashMap<>();
    private final Map<Long, CampaignState> campaigns = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicLong requestIds = new AtomicLong();
    private long nextListId = 3100;
    private long nextCampaignId = 4400;
    private volatile int rateLimitPerSecond;
    private HttpServer server;
    private ExecutorService executor;

    private FakeCheetahMail(Builder config) {
        this.config = config;
        this.clock = config.clock;
        this.rateLimitPerSecond = config.rateLimitPerSecond;
    }

    /** A builder with realistic defaults for everything. */
    public static Builder builder() {
        return new Builder();
    }

    private FakeCheetahMail startServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fake CheetahMail on port " + config.port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-cheetahmail-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    /** The endpoint URL to give a client, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The consumer key it accepts. */
    public String consumerKey() {
        return config.consumerKey;
    }

    /** The consumer secret it accepts. */
    public String consumerSecret() {
        return config.consumerSecret;
    }

    /** The client identifier it accepts. */
    public String clientId() {
        return config.clientId;
    }

    /** The account's Cust_ID. */
    public long custId() {
        return config.custId;
    }

    /** The id of the seeded {@code Optimove} folder (the first folder named so). */
    public long optimoveFolderId() {
        return config.folders.values().stream().filter(f -> f.name.equals("Optimove")).mapToLong(f -> f.id)
                .findFirst().orElse(0);
    }

    /** The data map's id (the PROP_MAP_ID). */
    public long dataMapId() {
        return config.dataMapId;
    }

    /** The account's time zone. */
    public ZoneId accountZone() {
        return config.zone;
    }

    /** The clock it reads "now" from. */
    public Clock clock() {
        return clock;
    }

    /** Fault injection rules. */
    public Faults faults() {
        return faults;
    }

    /** Answers {@code 429} to any token making more than {@code perSecond} calls a second; 0 turns it off. */
    public void rateLimit(int perSecond) {
        this.rateLimitPerSecond = perSecond;
    }

    /** Makes every issued token expired: the next API call with one answers {@code 401}. */
    public void expireAllTokens() {
        synchronized (lock) {
            tokens.replaceAll((t, exp) -> Instant.MIN);
        }
    }

    /** Every access token issued so far (for asserting that none leaks into logs or messages). */
    public java.util.Set<String> issuedTokens() {
        synchronized (lock) {
            return java.util.Set.copyOf(tokens.keySet());
        }
    }

    /** How many token requests arrived, refused ones included. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    /**
     * How many requests arrived for a route (see {@link Faults} for route names), whatever their
     * outcome.
     */
    public int requestCount(String method, String route) {
        AtomicInteger n = requestCounts.get(method.toUpperCase(Locale.ROOT) + " " + route);
        return n == null ? 0 : n.get();
    }

    /** Forgets lists, campaigns, tokens, counters and fault rules; keeps the seed and the port. */
    public void reset() {
        synchronized (lock) {
            lists.clear();
            campaigns.clear();
            tokens.clear();
            callTimes.clear();
            nextListId = 3100;
            nextCampaignId = 4400;
        }
        requestCounts.clear();
        tokenRequests.set(0);
        faults.clear();
        rateLimitPerSecond = config.rateLimitPerSecond;
    }

    /** Every campaign, in creation order. */
    public List<FakeCampaign> campaigns() {
        synchronized (lock) {
            List<FakeCampaign> out = new ArrayList<>();
            campaigns.values().forEach(c -> out.add(c.snapshot()));
            return out;
        }
    }

    /** The campaign of that id, if it exists. */
    public Optional<FakeCampaign> campaign(long id) {
        synchronized (lock) {
            return Optional.ofNullable(campaigns.get(id)).map(CampaignState::snapshot);
        }
    }

    /** Every list with its records, in creation order. */
    public List<FakeList> lists() {
        synchronized (lock) {
            List<FakeList> out = new ArrayList<>();
            lists.values().forEach(l -> out.add(l.snapshot()));
            return out;
        }
    }

    /** The list of that exact name, if it exists. */
    public Optional<FakeList> listByName(String name) {
        synchronized (lock) {
            return lists.values().stream().filter(l -> l.name.equals(name)).findFirst().map(ListState::snapshot);
        }
    }

    /**
     * Simulates the send: every scheduled campaign whose launch time has come, and every launched
     * one, becomes {@code SENT} with figures derived from its list's size.
     *
     * @return how many campaigns were sent
     */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        synchronized (lock) {
            for (CampaignState c : campaigns.values()) {
                boolean due = c.status.equals("SCHEDULED") && !c.launchTime.isAfter(now);
                if (due || c.status.equals("SENDING")) {
                    c.status = "SENT";
                    ListState l = lists.get(c.listId);
                    c.recipientsAtSend = l == null ? 0 : l.records.size();
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Stops the server. */
    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = ex.getRequestURI().getRawPath();
            String route = path.equals(TOKEN) ? "Token"
                    : path.startsWith(API) && path.indexOf('/', API.length()) < 0 ? path.substring(API.length()) : null;
            byte[] body = readBody(ex.getRequestBody());
            if (route != null) {
                requestCounts.computeIfAbsent(method + " " + route, k -> new AtomicInteger()).incrementAndGet();
            }
            Faults.Rule rule = route == null ? null : faults.match(method, route);
            if (rule != null && rule.kind == Faults.Kind.DROP) {
                // Closing an exchange that sent no headers closes its connection: no answer at all.
                return;
            }
            Answer answer;
            if (rule != null && rule.kind == Faults.Kind.RESPOND) {
                answer = error(rule.status, "injected fault", "FAULT");
                if (rule.duration != null) {
                    answer.headers.put("Retry-After", Long.toString(rule.duration.toSeconds()));
                }
            } else if (route == null) {
                answer = error(404, "no such resource", "NOT_FOUND");
            } else {
                answer = route.equals("Token") ? token(method, ex, body) : api(method, route, ex, body);
            }
            if (rule != null && rule.kind == Faults.Kind.ACT_THEN_DELAY) {
                sleep(rule.duration);
            }
            send(ex, answer);
        } finally {
            ex.close();
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        // Read a little past the limit so that an oversized batch can be told apart.
        byte[] data = in.readNBytes(MAX_BYTES + 64 * 1024 + 1);
        in.transferTo(OutputStream.nullOutputStream());
        return data;
    }

    private void send(HttpExchange ex, Answer a) throws IOException {
        ex.getResponseHeaders().set("X-Request-Id", "fake-" + requestIds.incrementAndGet());
        a.headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (a.body == null) {
            ex.sendResponseHeaders(a.status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(a.body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(a.status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Answer {
        final int status;
        final JsonNode body;
        final Map<String, String> headers = new LinkedHashMap<>();

        Answer(int status, JsonNode body) {
            this.status = status;
            this.body = body;
        }
    }

    private static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    private static Answer error(int status, String message, String code) {
        ObjectNode n = JSON.createObjectNode().put("message", message);
        if (code != null) {
            n.put("code", code);
        }
        return new Answer(status, n);
    }

    private static Answer invalid(String field, String message) {
        ObjectNode n = JSON.createObjectNode().put("message", "The request is invalid.").put("code", "VALIDATION");
        n.putArray("details").addObject().put("field", field).put("message", message);
        return new Answer(400, n);
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    // ---------------------------------------------------------------- token

    private Answer token(String method, HttpExchange ex, byte[] body) {
        tokenRequests.incrementAndGet();
        if (!method.equals("POST")) {
            return error(405, "use POST", null);
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return oauthError("invalid_request", "the body must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = new HashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(k, v);
        }
        for (String required : new String[] {"grant_type", "username", "password"}) {
            if (!form.containsKey(required)) {
                return oauthError("invalid_request", "the " + required + " field is missing");
            }
        }
        if (!form.get("grant_type").equals("password")) {
            return oauthError("unsupported_grant_type", "only the password grant is supported");
        }
        if (form.containsKey("client_id") && !form.get("client_id").equals(config.clientId)) {
            return oauthError("invalid_client", "the client identifier is unknown");
        }
        if (!form.get("username").equals(config.consumerKey) || !form.get("password").equals(config.consumerSecret)) {
            return oauthError("invalid_grant", "The user name or password is incorrect.");
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        synchronized (lock) {
            tokens.put(token, clock.instant().plus(config.tokenLifetime));
        }
        return ok(JSON.createObjectNode().put("access_token", token).put("token_type", "bearer")
                .put("expires_in", config.tokenLifetime.getSeconds()));
    }

    private static Answer oauthError(String error, String description) {
        return new Answer(400, JSON.createObjectNode().put("error", error).put("error_description", description));
    }

    // ---------------------------------------------------------------- API

    private Answer api(String method, String route, HttpExchange ex, byte[] body) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
        synchronized (lock) {
            Instant expiry = token == null ? null : tokens.get(token);
            if (expiry == null || !clock.instant().isBefore(expiry)) {
                return new Answer(401, JSON.createObjectNode()
                        .put("message", "Authorization has been denied for this request."));
            }
            if (overRateLimit(token)) {
                Answer a = error(429, "Too many requests: at most " + rateLimitPerSecond + " a second", "RATE_LIMIT");
                a.headers.put("Retry-After", "1");
                return a;
            }
        }
        Map<String, String> q = query(ex);
        JsonNode json = null;
        if (method.equals("POST") || method.equals("PUT")) {
            if (route.equals("ListRecords") && body.length > MAX_BYTES) {
                return error(413, "a call carries at most 4 MiB", "PAYLOAD_TOO_LARGE");
            }
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                json = null;
            }
            if (json == null || !json.isObject()) {
                return error(400, "the body must be a JSON object", "BAD_REQUEST");
            }
        }
        synchronized (lock) {
            switch (method + " " + route) {
                case "GET Account":
                    ObjectNode account = JSON.createObjectNode().put("custId", config.custId)
                            .put("name", config.accountName);
                    FakeZones.windowsId(config.zone).ifPresent(z -> account.put("timeZone", z));
                    return ok(account);
                case "GET Folders":
                    return getFolder(q);
                case "GET EmailTemplates":
                    return getTemplates(q);
                case "GET DataMaps":
                    return getDataMap(q);
                case "POST Lists":
                    return createList(json);
                case "GET Lists":
                    return getLists(q);
                case "DELETE Lists":
                    return deleteList(q);
                case "POST ListRecords":
                    return upload(q, json);
                case "POST EmailCampaign":
                    return createCampaign(json);
                case "GET EmailCampaign":
                    return getCampaigns(q);
                case "PUT EmailCampaign":
                    return campaignAction(q, json);
                case "DELETE EmailCampaign":
                    return deleteCampaign(q);
                case "GET CampaignStats":
                    return stats(q);
                default:
                    return error(404, "no such resource: " + method + " " + route, "NOT_FOUND");
            }
        }
    }

    private boolean overRateLimit(String token) {
        int limit = rateLimitPerSecond;
        if (limit <= 0) {
            return false;
        }
        long now = System.nanoTime();
        Deque<Long> times = callTimes.computeIfAbsent(token, t -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() > 1_000_000_000L) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return true;
        }
        times.addLast(now);
        return false;
    }

    private static Long longParam(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private Answer getFolder(Map<String, String> q) {
        Long id = longParam(q, "id");
        if (id == null) {
            return invalid("id", "the id query parameter is required");
        }
        Seed.Folder f = config.folders.get(id);
        if (f == null) {
            return error(404, "Folder not found", "NOT_FOUND");
        }
        ObjectNode n = JSON.createObjectNode().put("id", f.id).put("name", f.name);
        if (f.parentId > 0) {
            n.put("parentId", f.parentId);
        }
        return ok(n);
    }

    private static ObjectNode templateJson(Seed.Template t) {
        ObjectNode n = JSON.createObjectNode().put("id", t.id).put("name", t.name).put("subject", t.subject)
                .put("folderId", t.folderId).put("modifiedAt", t.modifiedAt);
        ArrayNode fields = n.putArray("personalizationFields");
        t.fields.forEach(fields::add);
        return n;
    }

    private Answer getTemplates(Map<String, String> q) {
        Long id = longParam(q, "id");
        if (id != null) {
            Seed.Template t = config.templates.get(id);
            return t == null ? error(404, "Template not found", "NOT_FOUND") : ok(templateJson(t));
        }
        Long folderId = longParam(q, "folderId");
        if (folderId == null) {
            return invalid("folderId", "folderId or id is required");
        }
        if (!config.folders.containsKey(folderId)) {
            return error(404, "Folder not found", "NOT_FOUND");
        }
        List<ObjectNode> items = new ArrayList<>();
        config.templates.values().stream().filter(t -> t.folderId == folderId)
                .forEach(t -> items.add(templateJson(t)));
        return page(items, q);
    }

    private static Answer page(List<ObjectNode> all, Map<String, String> q) {
        Long page = longParam(q, "page");
        Long size = longParam(q, "pageSize");
        long p = page == null ? 1 : page;
        long s = size == null ? 100 : size;
        if (p < 1) {
            return invalid("page", "page counts from 1");
        }
        if (s < 1 || s > 200) {
            return invalid("pageSize", "pageSize must be 1 to 200");
        }
        ObjectNode n = JSON.createObjectNode();
        ArrayNode items = n.putArray("items");
        long from = (p - 1) * s;
        for (long i = from; i < Math.min(all.size(), from + s); i++) {
            items.add(all.get((int) i));
        }
        n.put("page", p).put("pageSize", s).put("totalCount", all.size());
        return ok(n);
    }

    private Answer getDataMap(Map<String, String> q) {
        Long id = longParam(q, "id");
        if (id == null || id != config.dataMapId) {
            return error(404, "Data map not found", "NOT_FOUND");
        }
        ObjectNode n = JSON.createObjectNode().put("id", config.dataMapId).put("name", config.dataMapName);
        ArrayNode fields = n.putArray("fields");
        for (Seed.Field f : config.fields.values()) {
            ObjectNode fn = fields.addObject().put("mapTo", f.mapTo).put("type", f.type);
            if (f.unique) {
                fn.put("unique", true);
            }
        }
        return ok(n);
    }

    // ---------------------------------------------------------------- lists

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static long number(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || !v.canConvertToLong() ? -1 : v.asLong();
    }

    private Answer createList(JsonNode json) {
        String name = text(json, "name");
        if (name == null || name.trim().isEmpty()) {
            return invalid("name", "name is required");
        }
        if (name.length() > 255) {
            return invalid("name", "name is at most 255 characters");
        }
        if (number(json, "custId") != config.custId) {
            return invalid("custId", "custId does not match the account");
        }
        if (number(json, "apiPostId") != config.dataMapId) {
            return invalid("apiPostId", "apiPostId is not a data map of the account");
        }
        for (ListState l : lists.values()) {
            if (l.name.equals(name)) {
                return error(409, "A list with this name already exists.", "DUPLICATE_NAME");
            }
        }
        ListState l = new ListState(nextListId++, name, clock.instant());
        lists.put(l.id, l);
        return new Answer(201, JSON.createObjectNode().put("id", l.id));
    }

    private ObjectNode listJson(ListState l) {
        return JSON.createObjectNode().put("id", l.id).put("name", l.name).put("recordCount", l.records.size())
                .put("createdAt", OFFSET_TIME.format(l.createdAt.atZone(config.zone)));
    }

    private Answer getLists(Map<String, String> q) {
        Long id = longParam(q, "id");
        if (id != null) {
            ListState l = lists.get(id);
            return l == null ? error(404, "List not found", "NOT_FOUND") : ok(listJson(l));
        }
        String name = q.get("name");
        if (name == null) {
            return invalid("name", "name or id is required");
        }
        List<ObjectNode> items = new ArrayList<>();
        lists.values().stream().filter(l -> l.name.equals(name)).forEach(l -> items.add(listJson(l)));
        return page(items, q);
    }

    private Answer deleteList(Map<String, String> q) {
        Long id = longParam(q, "id");
        if (id == null || lists.remove(id) == null) {
            return error(404, "List not found", "NOT_FOUND");
        }
        return new Answer(204, null);
    }

    private Answer upload(Map<String, String> q, JsonNode json) {
        Long listId = longParam(q, "listId");
        ListState list = listId == null ? null : lists.get(listId);
        if (list == null) {
            return error(404, "List not found", "NOT_FOUND");
        }
        if (number(json, "apiPostId") != config.dataMapId) {
            return invalid("apiPostId", "apiPostId is not a data map of the account");
        }
        JsonNode records = json.get("records");
        if (records == null || !records.isArray()) {
            return invalid("records", "records must be an array");
        }
        if (records.size() > MAX_RECORDS) {
            return error(413, "a call carries at most 1,000 records", "PAYLOAD_TOO_LARGE");
        }
        Seed.Field unique = config.fields.values().stream().filter(f -> f.unique).findFirst().orElse(null);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode rejected = JSON.createArrayNode();
        int accepted = 0;
        for (int i = 0; i < records.size(); i++) {
            String reason = null;
            Map<String, String> fields = new LinkedHashMap<>();
            JsonNode data = records.get(i).get("data");
            if (data == null || !data.isArray()) {
                reason = "data must be an array of name/value pairs";
            } else {
                for (JsonNode pair : data) {
                    String name = text(pair, "name");
                    JsonNode value = pair.get("value");
                    Seed.Field f = name == null ? null : config.fields.get(name);
                    if (f == null) {
                        reason = "field " + name + " is not in the data map";
                    } else if (value == null || !value.isTextual()) {
                        reason = name + " must be a string";
                    } else if (!Seed.fits(f.type, value.asText())) {
                        reason = name + " is not a valid " + f.type;
                    } else {
                        fields.put(name, value.asText());
                        continue;
                    }
                    break;
                }
            }
            if (reason == null && unique != null) {
                String key = fields.get(unique.mapTo);
                if (key == null || key.trim().isEmpty()) {
                    reason = unique.mapTo + " is missing or blank";
                } else {
                    list.records.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(fields);
                    accepted++;
                }
            }
            if (reason != null) {
                rejected.addObject().put("index", i).put("reason", reason);
            }
        }
        answer.put("accepted", accepted).set("rejected", rejected);
        return ok(answer);
    }

    // ---------------------------------------------------------------- campaigns

    private Answer createCampaign(JsonNode json) {
        String name = text(json, "Name");
        String ref = json.hasNonNull("ExternalRef") ? json.get("ExternalRef").asText() : null;
        if (number(json, "CustId") != config.custId) {
            return invalid("CustId", "CustId does not match the account");
        }
        if (name == null || name.trim().isEmpty()) {
            return invalid("Name", "Name is required");
        }
        if (!config.templates.containsKey(number(json, "TemplateId"))) {
            return invalid("TemplateId", "TemplateId is not a template of the account");
        }
        if (!lists.containsKey(number(json, "ListId"))) {
            return invalid("ListId", "ListId is not a list of the account");
        }
        if (ref != null && ref.length() > 100) {
            return invalid("ExternalRef", "ExternalRef is at most 100 characters");
        }
        CampaignState c = new CampaignState(nextCampaignId++, name, number(json, "TemplateId"),
                number(json, "ListId"), ref);
        campaigns.put(c.id, c);
        return new Answer(201, JSON.createObjectNode().put("campId", c.id));
    }

    private ObjectNode campaignJson(CampaignState c) {
        ObjectNode n = JSON.createObjectNode().put("campId", c.id).put("Name", c.name).put("TemplateId", c.templateId)
                .put("ListId", c.listId).put("ExternalRef", c.externalRef).put("Status", c.status);
        if (c.startTime != null) {
            n.putObject("campParam").putObject("sendSchedule").put("startTime", c.startTime)
                    .put("timeZone", c.timeZone);
        }
        return n;
    }

    private Answer getCampaigns(Map<String, String> q) {
        Long id = longParam(q, "id");
        if (id != null) {
            CampaignState c = campaigns.get(id);
            return c == null ? error(404, "Campaign not found", "NOT_FOUND") : ok(campaignJson(c));
        }
        String ref = q.get("externalRef");
        if (ref == null) {
            return invalid("externalRef", "id or externalRef is required");
        }
        List<ObjectNode> items = new ArrayList<>();
        campaigns.values().stream().filter(c -> ref.equals(c.externalRef)).forEach(c -> items.add(campaignJson(c)));
        return page(items, q);
    }

    private Answer campaignAction(Map<String, String> q, JsonNode json) {
        Long id = longParam(q, "id");
        CampaignState c = id == null ? null : campaigns.get(id);
        if (c == null) {
            return error(404, "Campaign not found", "NOT_FOUND");
        }
        String action = text(json, "CampAction");
        if (action == null) {
            return invalid("CampAction", "CampAction is required");
        }
        if (c.status.equals("SENT") || c.status.equals("SENDING")) {
            return error(409, "The campaign is " + c.status.toLowerCase(Locale.ROOT) + ".", "INVALID_STATE");
        }
        ListState list = lists.get(c.listId);
        switch (action) {
            case "LAUNCH":
                JsonNode schedule = json.path("campParam").path("sendSchedule");
                if (schedule.isMissingNode() || schedule.isNull()) {
                    if (list == null || list.records.isEmpty()) {
                        return invalid("ListId", "the list is empty");
                    }
                    c.status = "SENDING";
                    c.launchTime = clock.instant();
                    return ok(campaignJson(c));
                }
                return launchAt(c, list, schedule);
            case "CANCEL":
                c.status = "DRAFT";
                c.launchTime = null;
                c.startTime = null;
                c.timeZone = null;
                return ok(campaignJson(c));
            default:
                return invalid("CampAction", "CampAction must be LAUNCH or CANCEL");
        }
    }

    /** {@code LAUNCH} with {@code campParam.sendSchedule}: a local start time read in a Windows zone. */
    private Answer launchAt(CampaignState c, ListState list, JsonNode schedule) {
        String zoneId = schedule.path("timeZone").isTextual() ? schedule.path("timeZone").asText() : null;
        Optional<ZoneId> zone = FakeZones.read(zoneId);
        if (zone.isEmpty()) {
            return invalid("timeZone", "timeZone must be a Windows time zone id such as W_Europe_Standard_Time");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(schedule.path("startTime").asText(""));
        } catch (DateTimeException e) {
            return invalid("startTime", "startTime must be a local date-time without offset, e.g. 2026-11-30T10:00:00");
        }
        List<ZoneOffset> offsets = zone.get().getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return invalid("startTime", "startTime does not exist in " + zoneId + " (the clocks skip it)");
        }
        // A local time that exists twice is its first occurrence: the earlier instant, the larger offset.
        Instant at = local.toInstant(offsets.get(0));
        if (c.status.equals("SCHEDULED") && at.equals(c.launchTime)) {
            return ok(campaignJson(c));
        }
        if (!at.isAfter(clock.instant())) {
            return invalid("startTime", "startTime is in the past");
        }
        if (list == null || list.records.isEmpty()) {
            return invalid("ListId", "the list is empty");
        }
        c.status = "SCHEDULED";
        c.launchTime = at;
        c.startTime = START_TIME.format(local);
        c.timeZone = zoneId;
        c.schedules++;
        return ok(campaignJson(c));
    }

    private Answer deleteCampaign(Map<String, String> q) {
        Long id = longParam(q, "id");
        CampaignState c = id == null ? null : campaigns.get(id);
        if (c == null) {
            return error(404, "Campaign not found", "NOT_FOUND");
        }
        if (c.status.equals("SENT") || c.status.equals("SENDING")) {
            return error(409, "The campaign is " + c.status.toLowerCase(Locale.ROOT) + ".", "INVALID_STATE");
        }
        campaigns.remove(id);
        return new Answer(204, null);
    }

    private Answer stats(Map<String, String> q) {
        Long id = longParam(q, "id");
        CampaignState c = id == null ? null : campaigns.get(id);
        if (c == null) {
            return error(404, "Campaign not found", "NOT_FOUND");
        }
        Instant now = clock.instant();
        ObjectNode n = JSON.createObjectNode().put("campId", c.id).put("asOf", now.toString());
        long[] f = c.status.equals("SENT") ? Seed.figures(c.recipientsAtSend, Duration.between(c.launchTime, now))
                : new long[11];
        String[] names = {"Recipients", "Delivered", "Bounces", "HardBounces", "SoftBounces", "Openings", "Openers",
            "Clicks", "Clickers", "Unsubs", "Complaints"};
        for (int i = 0; i < names.length; i++) {
            n.put(names[i], f[i]);
        }
        return ok(n);
    }

    // ---------------------------------------------------------------- state

    private static final class ListState {
        final long id;
        final String name;
        final Instant createdAt;
        final Map<String, Map<String, String>> records = new LinkedHashMap<>();

        ListState(long id, String name, Instant createdAt) {
            this.id = id;
            this.name = name;
            this.createdAt = createdAt;
        }

        FakeList snapshot() {
            List<Map<String, String>> copy = new ArrayList<>();
            records.values().forEach(r -> copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(r))));
            return new FakeList(id, name, Collections.unmodifiableList(copy));
        }
    }

    private static final class CampaignState {
        final long id;
        final String name;
        final long templateId;
        final long listId;
        final String externalRef;
        String status = "DRAFT";
        /** When it sends (or sent); with {@code startTime} and {@code timeZone} as last written. */
        Instant launchTime;
        String startTime;
        String timeZone;
        int schedules;
        int recipientsAtSend;

        CampaignState(long id, String name, long templateId, long listId, String externalRef) {
            this.id = id;
            this.name = name;
            this.templateId = templateId;
            this.listId = listId;
            this.externalRef = externalRef;
        }

        FakeCampaign snapshot() {
            return new FakeCampaign(id, name, templateId, listId, externalRef, status, launchTime, startTime,
                    timeZone, schedules, recipientsAtSend);
        }
    }

    /**
     * Builds a {@link FakeCheetahMail}. Whatever is not set gets a realistic default: account 1234
     * in {@code America/New_York}; folders {@code My Files} (1), {@code Optimove} (77) and
     * {@code Drafts} (88); a data map 55 with {@code EMAIL} (unique), {@code FNAME}, {@code FAV_DEPT},
     * {@code LAST_PURCHASE} (DATE) and {@code LOYALTY_POINTS} (NUMBER); templates 9001, 9002, 9003
     * in the Optimove folder and 9100 in Drafts. Adding any folder, template or field replaces that
     * kind's defaults. Not thread-safe.
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
            return new FakeCheetahMail(this).startServer();
        }
    }
}
