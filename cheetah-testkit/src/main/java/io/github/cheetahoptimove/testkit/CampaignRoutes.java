package io.github.cheetahoptimove.testkit;

import static io.github.cheetahoptimove.testkit.Replies.JSON;
import static io.github.cheetahoptimove.testkit.Replies.number;
import static io.github.cheetahoptimove.testkit.Replies.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code EmailCampaign} and {@code CampaignStats}: creation, the lifecycle and its 400/409 rules,
 * timed launches in a Windows zone, the simulated send. Call under the state's lock.
 */
final class CampaignRoutes {
    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final String[] FIGURES = {"Recipients", "Delivered", "Bounces", "HardBounces", "SoftBounces",
        "Openings", "Openers", "Clicks", "Clickers", "Unsubs", "Complaints"};

    private final FakeSettings settings;
    private final FakeState state;

    CampaignRoutes(FakeSettings settings, FakeState state) {
        this.settings = settings;
        this.state = state;
    }

    Answer create(JsonNode json) {
        String name = text(json, "Name");
        String ref = json.hasNonNull("ExternalRef") ? json.get("ExternalRef").asText() : null;
        if (number(json, "CustId") != settings.custId) {
            return Replies.invalid("CustId", "CustId does not match the account");
        }
        if (name == null || name.trim().isEmpty()) {
            return Replies.invalid("Name", "Name is required");
        }
        if (!settings.templates.containsKey(number(json, "TemplateId"))) {
            return Replies.invalid("TemplateId", "TemplateId is not a template of the account");
        }
        if (!state.lists.containsKey(number(json, "ListId"))) {
            return Replies.invalid("ListId", "ListId is not a list of the account");
        }
        if (ref != null && ref.length() > 100) {
            return Replies.invalid("ExternalRef", "ExternalRef is at most 100 characters");
        }
        FakeState.CampaignState c = new FakeState.CampaignState(state.nextCampaignId(), name,
                number(json, "TemplateId"), number(json, "ListId"), ref);
        state.campaigns.put(c.id, c);
        return Replies.created("campId", c.id);
    }

    private static ObjectNode campaignJson(FakeState.CampaignState c) {
        ObjectNode n = JSON.createObjectNode().put("campId", c.id).put("Name", c.name).put("TemplateId", c.templateId)
                .put("ListId", c.listId).put("ExternalRef", c.externalRef).put("Status", c.status);
        if (c.startTime != null) {
            n.putObject("campParam").putObject("sendSchedule").put("startTime", c.startTime)
                    .put("timeZone", c.timeZone);
        }
        return n;
    }

    Answer get(Request r) {
        Long id = r.longParam("id");
        if (id != null) {
            FakeState.CampaignState c = state.campaigns.get(id);
            return c == null ? Replies.notFound("Campaign") : Answer.ok(campaignJson(c));
        }
        String ref = r.query.get("externalRef");
        if (ref == null) {
            return Replies.invalid("externalRef", "id or externalRef is required");
        }
        List<ObjectNode> items = new ArrayList<>();
        state.campaigns.values().stream().filter(c -> ref.equals(c.externalRef))
                .forEach(c -> items.add(campaignJson(c)));
        return Replies.page(items, r);
    }

    Answer action(Request r, JsonNode json) {
        Long id = r.longParam("id");
        FakeState.CampaignState c = id == null ? null : state.campaigns.get(id);
        if (c == null) {
            return Replies.notFound("Campaign");
        }
        String action = text(json, "CampAction");
        if (action == null) {
            return Replies.invalid("CampAction", "CampAction is required");
        }
        if (c.status.equals("SENT") || c.status.equals("SENDING")) {
            return inState(c);
        }
        FakeState.ListState list = state.lists.get(c.listId);
        switch (action) {
            case "LAUNCH":
                JsonNode schedule = json.path("campParam").path("sendSchedule");
                if (schedule.isMissingNode() || schedule.isNull()) {
                    if (list == null || list.isEmpty()) {
                        return Replies.invalid("ListId", "the list is empty");
                    }
                    c.status = "SENDING";
                    c.launchTime = settings.clock.instant();
                    return Answer.ok(campaignJson(c));
                }
                return launchAt(c, list, schedule);
            case "CANCEL":
                c.status = "DRAFT";
                c.launchTime = null;
                c.startTime = null;
                c.timeZone = null;
                return Answer.ok(campaignJson(c));
            default:
                return Replies.invalid("CampAction", "CampAction must be LAUNCH or CANCEL");
        }
    }

    private static Answer inState(FakeState.CampaignState c) {
        return Replies.error(409, "The campaign is " + c.status.toLowerCase(Locale.ROOT) + ".", "INVALID_STATE");
    }

    /** {@code LAUNCH} with {@code campParam.sendSchedule}: a local start time read in a Windows zone. */
    private Answer launchAt(FakeState.CampaignState c, FakeState.ListState list, JsonNode schedule) {
        String zoneId = schedule.path("timeZone").isTextual() ? schedule.path("timeZone").asText() : null;
        Optional<ZoneId> zone = FakeZones.read(zoneId);
        if (zone.isEmpty()) {
            return Replies.invalid("timeZone", "timeZone must be a Windows time zone id such as W_Europe_Standard_Time");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(schedule.path("startTime").asText(""));
        } catch (DateTimeException e) {
            return Replies.invalid("startTime",
                    "startTime must be a local date-time without offset, e.g. 2026-11-30T10:00:00");
        }
        List<ZoneOffset> offsets = zone.get().getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Replies.invalid("startTime", "startTime does not exist in " + zoneId + " (the clocks skip it)");
        }
        // A local time that exists twice is its first occurrence: the earlier instant, the larger offset.
        Instant at = local.toInstant(offsets.get(0));
        if (c.status.equals("SCHEDULED") && at.equals(c.launchTime)) {
            return Answer.ok(campaignJson(c));
        }
        if (!at.isAfter(settings.clock.instant())) {
            return Replies.invalid("startTime", "startTime is in the past");
        }
        if (list == null || list.isEmpty()) {
            return Replies.invalid("ListId", "the list is empty");
        }
        c.status = "SCHEDULED";
        c.launchTime = at;
        c.startTime = START_TIME.format(local);
        c.timeZone = zoneId;
        c.schedules++;
        return Answer.ok(campaignJson(c));
    }

    Answer delete(Request r) {
        Long id = r.longParam("id");
        FakeState.CampaignState c = id == null ? null : state.campaigns.get(id);
        if (c == null) {
            return Replies.notFound("Campaign");
        }
        if (c.status.equals("SENT") || c.status.equals("SENDING")) {
            return inState(c);
        }
        state.campaigns.remove(id);
        return Replies.noContent();
    }

    Answer stats(Request r) {
        Long id = r.longParam("id");
        FakeState.CampaignState c = id == null ? null : state.campaigns.get(id);
        if (c == null) {
            return Replies.notFound("Campaign");
        }
        Instant now = settings.clock.instant();
        ObjectNode n = JSON.createObjectNode().put("campId", c.id).put("asOf", now.toString());
        long[] f = c.status.equals("SENT") ? Seed.figures(c.recipientsAtSend, Duration.between(c.launchTime, now))
                : new long[FIGURES.length];
        for (int i = 0; i < FIGURES.length; i++) {
            n.put(FIGURES[i], f[i]);
        }
        return Answer.ok(n);
    }

    /** Every scheduled campaign whose time has come, and every launched one, becomes {@code SENT}. */
    int sendDue() {
        Instant now = settings.clock.instant();
        int sent = 0;
        for (FakeState.CampaignState c : state.campaigns.values()) {
            boolean due = c.status.equals("SCHEDULED") && !c.launchTime.isAfter(now);
            if (due || c.status.equals("SENDING")) {
                c.status = "SENT";
                FakeState.ListState l = state.lists.get(c.listId);
                c.recipientsAtSend = l == null ? 0 : l.size();
                sent++;
            }
        }
        return sent;
    }
}
