package io.github.cheetahoptimove.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process, stateful fake of Optimove's API (../shared/OPTIMOVE-API.md), served over real HTTP
 * on loopback, in the style of {@link FakeCheetahMail}.
 *
 * <p>It holds seeded campaigns per channel and date whose recipients come from a generator (millions
 * of rows without holding them), answers send details in either attribute shape, enforces the rate
 * limit over a sliding window with {@code 429}s, keeps channel templates, pushed metrics and
 * listener registrations for inspection, delivers event notifications to listener URLs, and takes
 * {@link #faults()} like the CheetahMail fake (routes are the method names:
 * {@code GetCustomerSendDetailsByChannel}, {@code AddChannelTemplates}, …).
 *
 * <pre>{@code
 * try (FakeOptimove optimove = FakeOptimove.builder().clock(clock)
 *         .campaign(1001, 504, LocalDateTime.parse("2026-11-30T10:00:00"), 20_000, 9001, 9002).start()) {
 *     OptimoveClient client = OptimoveClient.builder().baseUrl(optimove.baseUrl()).allowInsecureHttp()
 *             .apiKey(optimove.apiKey()).build();
 * }
 * }</pre>
 *
 * <p>Thread-safe. "Now" comes from its clock (dates, cancellations); the rate window and injected
 * delays are real time.
 */
public final class FakeOptimove implements AutoCloseable {
    /** How Optimove hands a row's attribute values over. */
    public enum Shape {
        /** {@code "CustomerAttributes": ["ann@example.com", "Ann"]} */
        ARRAY,
        /** {@code "CustomerAttribute": "ann@example.com,Ann"} */
        JOINED
    }

    /** Makes the value of an attribute for the recipient at a position of a campaign. */
    @FunctionalInterface
    public interface Generator {
        /** The value; {@code null} for an empty attribute. */
        String value(long campaignId, long index, String attribute);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final String BASE = "/current/";
    private static final Duration CANCEL_WINDOW = Duration.ofHours(2);

    private final Builder settings;
    private final Faults faults = new Faults();
    private final Object lock = new Object();
    private final Map<Long, Seeded> campaigns;
    private final Map<Integer, Map<Long, String>> templates = new HashMap<>();
    private final Map<String, Long> metrics = new LinkedHashMap<>();
    private final Map<String, ObjectNode> listeners = new LinkedHashMap<>();
    private final Map<Long, Instant> cancelled = new HashMap<>();
    private final Deque<Long> calls = new ArrayDeque<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile Shape shape;
    private final HttpFront front;

    private FakeOptimove(Builder b) {
        this.settings = b.copy();
        this.campaigns = Collections.unmodifiableMap(new LinkedHashMap<>(b.campaigns));
        this.shape = b.shape;
        this.front = new HttpFront("fake Optimove", faults, FakeOptimove::routeOf,
                rule -> error(rule.status, rule.status == 429 ? "Too Many Requests" : "Injected Fault",
                        "injected fault"),
                this::handle, 1024 * 1024).start(b.port);
    }

    /** A builder: no campaigns, key {@code test-optimove-key}, 50 calls per 10 s, the array shape. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL to give a client, e.g. {@code http://127.0.0.1:41235}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + front.port();
    }

    /** The API key it accepts. */
    public String apiKey() {
        return settings.apiKey;
    }

    /** Fault injection rules. */
    public Faults faults() {
        return faults;
    }

    /** Switches the attribute shape of the send details it answers from now on. */
    public void shape(Shape shape) {
        this.shape = shape;
    }

    /** Requests that arrived for a route (a method name such as {@code UpdateCampaignMetrics}). */
    public int requestCount(String method, String route) {
        return front.requestCount(method, route);
    }

    /** How many {@code 429}s it answered for the rate limit (injected faults not counted). */
    public int rateLimitedAnswers() {
        return rateLimited.get();
    }

    /** The channel's templates, id to name, as the integration left them. */
    public Map<Long, String> channelTemplates(int channelId) {
        synchronized (lock) {
            return Map.copyOf(templates.getOrDefault(channelId, Map.of()));
        }
    }

    /** The value pushed for (channel, campaign, template, metric id), if any. */
    public Optional<Long> metric(int channelId, long campaignId, long templateId, int metricId) {
        synchronized (lock) {
            return Optional.ofNullable(metrics.get(channelId + "/" + campaignId + "/" + templateId + "/" + metricId));
        }
    }

    /** How many metric values it holds. */
    public int metricCount() {
        synchronized (lock) {
            return metrics.size();
        }
    }

    /** The registered listener URLs by {@code eventTypeId/channelId}. */
    public Map<String, String> listeners() {
        synchronized (lock) {
            Map<String, String> out = new LinkedHashMap<>();
            listeners.forEach((k, v) -> out.put(k, v.path("ListenerURL").asText()));
            return out;
        }
    }

    /**
     * Cancels a processed campaign as a user would in Optimove: it leaves its date's list of
     * executed campaigns, and its customers are answered by {@code GetCanceledCampaignCustomers} for
     * two hours.
     */
    public void cancel(long campaignId) {
        synchronized (lock) {
            cancelled.put(campaignId, settings.clock.instant());
        }
    }

    /**
     * Posts the notification {@code {"eventTypeId", "timeStamp", "campaignId", "channelId"}} to every
     * listener registered for that type and channel, as Optimove would.
     *
     * @return the HTTP status each listener answered, in registration order
     */
    public List<Integer> notifyListeners(int eventTypeId, long campaignId, int channelId) {
        String url;
        synchronized (lock) {
            ObjectNode l = listeners.get(eventTypeId + "/" + channelId);
            url = l == null ? null : l.path("ListenerURL").asText();
        }
        if (url == null) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.ofInstant(settings.clock.instant(), settings.siteZone);
        String body = JSON.createObjectNode().put("eventTypeId", eventTypeId).put("timeStamp", TIME.format(now))
                .put("campaignId", campaignId).put("channelId", channelId).toString();
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            return List.of(r.statusCode());
        } catch (IOException e) {
            return List.of(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(0);
        }
    }

    /** Forgets templates, metrics, listeners, cancellations, counters and faults; keeps the seed. */
    public void reset() {
        synchronized (lock) {
            templates.clear();
            metrics.clear();
            listeners.clear();
            cancelled.clear();
            calls.clear();
        }
        rateLimited.set(0);
        front.resetCounts();
        faults.clear();
        shape = settings.shape;
    }

    /** Stops the server. */
    @Override
    public void close() {
        front.close();
    }

    // ---------------------------------------------------------------- HTTP

    private static String routeOf(String path) {
        if (!path.startsWith(BASE)) {
            return null;
        }
        String[] parts = path.substring(BASE.length()).split("/");
        return parts.length == 2 ? parts[1] : null;
    }

    private static Answer error(int status, String error, String message) {
        return new Answer(status, JSON.createObjectNode().put("status", status).put("error", error)
                .put("message", message));
    }

    private static Answer bad(String message) {
        return error(400, "Bad Request", message);
    }

    private Answer handle(Request r) {
        if (!settings.apiKey.equals(r.header("X-API-KEY"))) {
            return error(401, "Unauthorized", "a valid X-API-KEY header is required");
        }
        if (overRateLimit()) {
            rateLimited.incrementAndGet();
            return error(429, "Too Many Requests", "at most " + settings.rateLimitCalls + " calls per "
                    + settings.rateLimitWindow.toSeconds() + " seconds per API key");
        }
        JsonNode body = null;
        if (r.method.equals("POST")) {
            String type = r.header("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return bad("the body must be application/json");
            }
            if (r.route.equals("AddChannelTemplates") && !type.trim().equalsIgnoreCase("application/json")) {
                return bad("Content-Type must be exactly application/json");
            }
            try {
                body = JSON.readTree(r.body);
            } catch (IOException e) {
                return bad("the body is not JSON");
            }
            if (body == null) {
                return bad("the body is empty");
            }
        }
        synchronized (lock) {
            switch (r.method + " " + r.route) {
                case "GET GetExecutedCampaignsByChannel":
                    return executed(r);
                case "GET GetCampaignDetails":
                    return details(r);
                case "GET GetCustomerSendDetailsByChannel":
                    return sendDetails(r);
                case "GET GetCanceledCampaignCustomers":
                    return canceledCustomers(r);
                case "GET GetChannelTemplates":
                    return listTemplates(r);
                case "POST AddChannelTemplates":
                    return addTemplates(r, body);
                case "POST DeleteChannelTemplates":
                    return deleteTemplates(body);
                case "POST UpdateCampaignMetrics":
                    return updateMetrics(body);
                case "POST RegisterEventListener":
                    return register(body);
                case "POST UnregisterEventListener":
                    return unregister(body);
                case "GET GetRegisteredEventListeners":
                    ArrayNode all = JSON.createArrayNode();
                    listeners.values().forEach(all::add);
                    return Answer.ok(all);
                default:
                    return error(404, "Not Found", "no such method: " + r.method + " " + r.route);
            }
        }
    }

    private boolean overRateLimit() {
        if (settings.rateLimitCalls <= 0) {
            return false;
        }
        long now = System.nanoTime();
        synchronized (calls) {
            while (!calls.isEmpty() && now - calls.peekFirst() > settings.rateLimitWindow.toNanos()) {
                calls.pollFirst();
            }
            if (calls.size() >= settings.rateLimitCalls) {
                return true;
            }
            calls.addLast(now);
            return false;
        }
    }

    private static Long required(Request r, String name) {
        Long v = r.longParam(name);
        return v == null || v < 0 ? null : v;
    }

    private Answer executed(Request r) {
        Long channel = required(r, "ChannelID");
        String date = r.query.get("Date");
        if (channel == null || date == null) {
            return bad("ChannelID and Date are required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return bad("Date must be yyyy-MM-dd");
        }
        ArrayNode out = JSON.createArrayNode();
        for (Seeded c : campaigns.values()) {
            if (c.channelId == channel && c.time.toLocalDate().equals(day) && !cancelled.containsKey(c.id)) {
                out.addObject().put("CampaignID", c.id);
            }
        }
        return Answer.ok(out);
    }

    private Answer details(Request r) {
        Long id = required(r, "CampaignID");
        Seeded c = id == null ? null : campaigns.get(id);
        if (c == null) {
            return error(404, "Not Found", "no campaign " + r.query.get("CampaignID"));
        }
        return Answer.ok(JSON.createObjectNode().put("TargetGroupID", 12).put("CampaignType", "Retention")
                .put("Duration", 7).put("LeadTime", 0).put("Notes", "").put("IsMultiChannel", "false")
                .put("IsRecurrence", "false").put("Status", cancelled.containsKey(c.id) ? "Canceled" : "Processed")
                .put("Error", ""));
    }

    private Answer sendDetails(Request r) {
        Long channel = required(r, "ChannelID");
        Long id = required(r, "CampaignID");
        Long top = required(r, "$top");
        Long skip = r.longParam("$skip");
        if (channel == null || id == null || top == null) {
            return bad("ChannelID, CampaignID and $top are required");
        }
        if (top < 1 || top > 10_000) {
            return bad("$top must be 1 to 10000");
        }
        if (skip != null && skip < 0) {
            return bad("$skip must not be negative");
        }
        String wanted = r.query.get("CustomerAttributes");
        List<String> attributes = wanted == null || wanted.isEmpty() ? List.of() : Arrays.asList(wanted.split(";"));
        String delimiter = r.query.get("CustomerAttributesDelimiter");
        if (!attributes.isEmpty() && !",".equals(delimiter) && !";".equals(delimiter)) {
            return bad("CustomerAttributesDelimiter must be , or ;");
        }
        for (String a : attributes) {
            if (!settings.attributes.contains(a)) {
                return bad("unknown customer attribute: " + a);
            }
        }
        Seeded c = campaigns.get(id);
        ArrayNode out = JSON.createArrayNode();
        if (c == null || c.channelId != channel) {
            return Answer.ok(out);
        }
        Instant gone = cancelled.get(c.id);
        if (gone != null && settings.clock.instant().isAfter(gone.plus(CANCEL_WINDOW))) {
            return Answer.ok(out);
        }
        long from = skip == null ? 0 : skip;
        for (long i = from; i < Math.min(c.recipients, from + top); i++) {
            String raw = c.rawRows.get(i);
            if (raw != null) {
                try {
                    out.add(JSON.readTree(raw));
                } catch (IOException e) {
                    throw new IllegalStateException("seeded raw row " + i + " is not JSON", e);
                }
                continue;
            }
            ObjectNode row = out.addObject().put("CustomerID", customerId(c, i))
                    .put("TemplateID", c.templateOverrides.getOrDefault(i, c.templates[(int) (i % c.templates.length)]))
                    .put("ScheduledTime", TIME.format(c.time));
            if (!attributes.isEmpty()) {
                if (shape == Shape.ARRAY) {
                    ArrayNode values = row.putArray("CustomerAttributes");
                    for (String a : attributes) {
                        values.add(settings.generator.value(c.id, i, a));
                    }
                } else {
                    StringBuilder sb = new StringBuilder();
                    for (String a : attributes) {
                        if (sb.length() > 0) {
                            sb.append(delimiter);
                        }
                        String v = settings.generator.value(c.id, i, a);
                        sb.append(v == null ? "" : v);
                    }
                    row.put("CustomerAttribute", sb.toString());
                }
            }
        }
        return Answer.ok(out);
    }

    private static String customerId(Seeded c, long i) {
        return c.id + "-" + i;
    }

    private Answer canceledCustomers(Request r) {
        Long id = required(r, "CampaignID");
        if (id == null) {
            return bad("CampaignID is required");
        }
        ArrayNode out = JSON.createArrayNode();
        Instant at = cancelled.get(id);
        Seeded c = campaigns.get(id);
        if (at != null && c != null && !settings.clock.instant().isAfter(at.plus(CANCEL_WINDOW))) {
            for (long i = 0; i < c.recipients; i++) {
                out.addObject().put("CustomerID", customerId(c, i)).put("ActionID", "4").put("PromoCode", "");
            }
        }
        return Answer.ok(out);
    }

    private Answer listTemplates(Request r) {
        Long channel = required(r, "ChannelID");
        if (channel == null) {
            return bad("ChannelID is required");
        }
        ArrayNode out = JSON.createArrayNode();
        templates.getOrDefault(channel.intValue(), Map.of()).forEach((id, name) ->
                out.addObject().put("TemplateID", id).put("TemplateName", name));
        return Answer.ok(out);
    }

    private Answer addTemplates(Request r, JsonNode body) {
        Long channel = required(r, "ChannelID");
        if (channel == null) {
            return bad("ChannelID is required");
        }
        if (!body.isArray() || body.size() > 100) {
            return bad("the body must be an array of at most 100 templates");
        }
        for (JsonNode t : body) {
            if (!t.path("TemplateID").canConvertToLong() || !t.path("TemplateName").isTextual()) {
                return bad("each template needs TemplateID and TemplateName");
            }
        }
        Map<Long, String> channelTemplates = templates.computeIfAbsent(channel.intValue(), k -> new LinkedHashMap<>());
        body.forEach(t -> channelTemplates.put(t.path("TemplateID").asLong(), t.path("TemplateName").asText()));
        return new Answer(200, null);
    }

    private Answer deleteTemplates(JsonNode body) {
        if (!body.isArray() || body.size() > 100) {
            return bad("the body must be an array of at most 100 templates");
        }
        for (JsonNode t : body) {
            Map<Long, String> channelTemplates = templates.get(t.path("ChannelID").asInt());
            if (channelTemplates != null) {
                channelTemplates.remove(t.path("TemplateID").asLong());
            }
        }
        return new Answer(200, null);
    }

    private Answer updateMetrics(JsonNode body) {
        if (!body.isArray() || body.size() >= 100) {
            return bad("the body must be an array of fewer than 100 metrics");
        }
        for (JsonNode m : body) {
            int metric = m.path("MetricID").asInt(-1);
            if (!m.path("ChannelID").canConvertToInt() || !m.path("CampaignID").canConvertToLong()
                    || !m.path("TemplateID").canConvertToLong() || metric < 0 || metric > 8
                    || !m.path("MetricValue").isNumber()) {
                return bad("each metric needs ChannelID, CampaignID, TemplateID, MetricID 0-8 and MetricValue");
            }
        }
        body.forEach(m -> metrics.put(m.path("ChannelID").asInt() + "/" + m.path("CampaignID").asLong() + "/"
                + m.path("TemplateID").asLong() + "/" + m.path("MetricID").asInt(), m.path("MetricValue").asLong()));
        return new Answer(200, null);
    }

    private Answer register(JsonNode body) {
        if (!body.path("EventTypeID").canConvertToInt() || !body.path("ListenerURL").isTextual()
                || !body.path("ChannelID").canConvertToInt()) {
            return bad("EventTypeID, ListenerURL and ChannelID are required");
        }
        ObjectNode l = JSON.createObjectNode().put("EventTypeID", body.path("EventTypeID").asInt())
                .put("ListenerURL", body.path("ListenerURL").asText()).put("ChannelID", body.path("ChannelID").asInt());
        listeners.put(l.path("EventTypeID").asInt() + "/" + l.path("ChannelID").asInt(), l);
        return new Answer(200, null);
    }

    private Answer unregister(JsonNode body) {
        listeners.remove(body.path("EventTypeID").asInt() + "/" + body.path("ChannelID").asInt());
        return new Answer(200, null);
    }

    /** A seeded campaign. */
    private static final class Seeded {
        final long id;
        final int channelId;
        final LocalDateTime time;
        final long recipients;
        final long[] templates;
        final Map<Long, String> rawRows = new HashMap<>();
        final Map<Long, Long> templateOverrides = new HashMap<>();

        Seeded(long id, int channelId, LocalDateTime time, long recipients, long[] templates) {
            this.id = id;
            this.channelId = channelId;
            this.time = time;
            this.recipients = recipients;
            this.templates = templates;
        }
    }

    /**
     * Builds a {@link FakeOptimove}. The default generator answers {@code Email} as
     * {@code {campaignId}-{index}@example.com}, {@code FirstName} as {@code Name{index}},
     * {@code FavoriteDepartment} as {@code Shoes}, {@code LoyaltyPoints} as {@code index % 1000}, and
     * any other known attribute as {@code v{index}}. Not thread-safe; the fake keeps what it was
     * given when it starts.
     */
    public static final class Builder {
        private String apiKey = "test-optimove-key";
        private int port;
        private Clock clock = Clock.systemUTC();
        private java.time.ZoneId siteZone = java.time.ZoneId.of("Europe/London");
        private int rateLimitCalls = 50;
        private Duration rateLimitWindow = Duration.ofSeconds(10);
        private Shape shape = Shape.ARRAY;
        private List<String> attributes = List.of("Email", "FirstName", "FavoriteDepartment", "LoyaltyPoints");
        private Generator generator = (campaign, i, attribute) -> {
            switch (attribute) {
                case "Email":
                    return campaign + "-" + i + "@example.com";
                case "FirstName":
                    return "Name" + i;
                case "FavoriteDepartment":
                    return "Shoes";
                case "LoyaltyPoints":
                    return Long.toString(i % 1000);
                default:
                    return "v" + i;
            }
        };
        private final Map<Long, Seeded> campaigns = new LinkedHashMap<>();

        private Builder() {}

        /** The API key it accepts. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** A fixed port; default 0, a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The clock for "now" (a {@link TestClock} to control it). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The Optimove site's zone, in which event time stamps are written (default Europe/London). */
        public Builder siteZone(java.time.ZoneId zone) {
            this.siteZone = zone;
            return this;
        }

        /** The rate limit: {@code calls} per sliding {@code window}; 0 calls turns it off. */
        public Builder rateLimit(int calls, Duration window) {
            this.rateLimitCalls = calls;
            this.rateLimitWindow = window;
            return this;
        }

        /** The attribute shape of send details (default {@link Shape#ARRAY}). */
        public Builder shape(Shape shape) {
            this.shape = shape;
            return this;
        }

        /** The customer attributes Optimove knows; asking for another answers 400. */
        public Builder attributes(String... names) {
            this.attributes = List.of(names);
            return this;
        }

        /** How attribute values are made. */
        public Builder generator(Generator generator) {
            this.generator = generator;
            return this;
        }

        /**
         * Seeds a campaign processed for {@code channelId} on the date of {@code scheduledTime} (a
         * local time in the site's zone), with {@code recipients} rows spread over the templates in
         * turn.
         */
        public Builder campaign(long campaignId, int channelId, LocalDateTime scheduledTime, long recipients,
                long... templateIds) {
            if (templateIds.length == 0) {
                throw new IllegalArgumentException("a campaign needs at least one template");
            }
            campaigns.put(campaignId, new Seeded(campaignId, channelId, scheduledTime, recipients, templateIds.clone()));
            return this;
        }

        /** Replaces row {@code index} of a seeded campaign with this exact JSON (for unreadable rows). */
        public Builder rawRow(long campaignId, long index, String json) {
            Seeded c = campaigns.get(campaignId);
            if (c == null) {
                throw new IllegalArgumentException("seed campaign " + campaignId + " first");
            }
            c.rawRows.put(index, json);
            return this;
        }

        /** A copy that only the started fake holds, so that later changes to this builder do not reach it. */
        private Builder copy() {
            Builder c = new Builder();
            c.apiKey = apiKey;
            c.port = port;
            c.clock = clock;
            c.siteZone = siteZone;
            c.rateLimitCalls = rateLimitCalls;
            c.rateLimitWindow = rateLimitWindow;
            c.shape = shape;
            c.attributes = attributes;
            c.generator = generator;
            return c;
        }

        /** Gives row {@code index} of a seeded campaign another template (e.g. one outside the folder). */
        public Builder templateOf(long campaignId, long index, long templateId) {
            Seeded c = campaigns.get(campaignId);
            if (c == null) {
                throw new IllegalArgumentException("seed campaign " + campaignId + " first");
            }
            c.templateOverrides.put(index, templateId);
            return this;
        }

        /**
         * Makes row {@code index} of a seeded campaign unreadable: its values come joined by a
         * delimiter that also stands inside them, so no count of attributes fits.
         */
        public Builder unreadableRow(long campaignId, long index) {
            Seeded c = campaigns.get(campaignId);
            if (c == null) {
                throw new IllegalArgumentException("seed campaign " + campaignId + " first");
            }
            ObjectNode row = JSON.createObjectNode().put("CustomerID", customerId(c, index))
                    .put("TemplateID", c.templates[(int) (index % c.templates.length)])
                    .put("ScheduledTime", TIME.format(c.time))
                    .put("CustomerAttribute", "Smith, Jr.; Esq.".repeat(20));
            return rawRow(campaignId, index, row.toString());
        }

        /** Starts the fake. */
        public FakeOptimove start() {
            return new FakeOptimove(this);
        }
    }
}
