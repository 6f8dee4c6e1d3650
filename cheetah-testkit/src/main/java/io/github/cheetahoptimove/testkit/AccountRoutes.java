package io.github.cheetahoptimove.testkit;

import static io.github.cheetahoptimove.testkit.Replies.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The account's seeded, read-only resources: {@code Account}, {@code Folders}, {@code EmailTemplates}, {@code DataMaps}. */
final class AccountRoutes {
    private final FakeSettings settings;

    AccountRoutes(FakeSettings settings) {
        this.settings = settings;
    }

    Answer account() {
        ObjectNode account = JSON.createObjectNode().put("custId", settings.custId).put("name", settings.accountName);
        FakeZones.windowsId(settings.zone).ifPresent(z -> account.put("timeZone", z));
        return Answer.ok(account);
    }

    Answer folder(Request r) {
        Long id = r.longParam("id");
        if (id == null) {
            return Replies.invalid("id", "the id query parameter is required");
        }
        Seed.Folder f = settings.folders.get(id);
        if (f == null) {
            return Replies.notFound("Folder");
        }
        ObjectNode n = JSON.createObjectNode().put("id", f.id).put("name", f.name);
        if (f.parentId > 0) {
            n.put("parentId", f.parentId);
        }
        return Answer.ok(n);
    }

    Answer templates(Request r) {
        Long id = r.longParam("id");
        if (id != null) {
            Seed.Template t = settings.templates.get(id);
            return t == null ? Replies.notFound("Template") : Answer.ok(templateJson(t));
        }
        Long folderId = r.longParam("folderId");
        if (folderId == null) {
            return Replies.invalid("folderId", "folderId or id is required");
        }
        if (!settings.folders.containsKey(folderId)) {
            return Replies.notFound("Folder");
        }
        List<ObjectNode> items = new ArrayList<>();
        settings.templates.values().stream().filter(t -> t.folderId == folderId)
                .forEach(t -> items.add(templateJson(t)));
        return Replies.page(items, r);
    }

    private static ObjectNode templateJson(Seed.Template t) {
        ObjectNode n = JSON.createObjectNode().put("id", t.id).put("name", t.name).put("subject", t.subject)
                .put("folderId", t.folderId).put("modifiedAt", t.modifiedAt);
        ArrayNode fields = n.putArray("personalizationFields");
        t.fields.forEach(fields::add);
        return n;
    }

    Answer dataMap(Request r) {
        Long id = r.longParam("id");
        if (id == null || id != settings.dataMapId) {
            return Replies.notFound("Data map");
        }
        ObjectNode n = JSON.createObjectNode().put("id", settings.dataMapId).put("name", settings.dataMapName);
        ArrayNode fields = n.putArray("fields");
        for (Seed.Field f : settings.fields.values()) {
            ObjectNode fn = fields.addObject().put("mapTo", f.mapTo).put("type", f.type);
            if (f.unique) {
                fn.put("unique", true);
            }
        }
        return Answer.ok(n);
    }
}
