package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.DataMap;
import io.github.cheetahoptimove.cheetah.DataMapField;
import io.github.cheetahoptimove.cheetah.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule 4: a recipient becomes a record, or a reject with a reason that names the field (never the
 * value). The unique field holds the identifier attribute; every other mapped attribute present
 * fills its field. An absent attribute, or an empty one for a non-STRING field, leaves the field
 * out, so CheetahMail keeps what it stored. Not thread-safe: one per execution.
 */
final class RecordMapper {
    /** The longest value accepted, in characters. */
    static final int MAX_VALUE_LENGTH = 64 * 1024;

    private final String identifierAttribute;
    private final String identifierField;
    private final FieldType identifierType;
    private final boolean identifierIsEmail;
    private final String[] attributes;
    private final String[] fields;
    private final FieldType[] types;
    private final Set<Long> templates;

    /** The outcome for one recipient: either {@code reason} is set, or the rest is. */
    static final class Mapped {
        String reason;
        String key;
        final String[] values;

        Mapped(int n) {
            values = new String[n];
        }
    }

    RecordMapper(IntegrationSettings settings, DataMap dataMap, Set<Long> templates) {
        this.identifierAttribute = settings.identifierAttribute();
        this.identifierField = settings.identifierField();
        this.identifierType = dataMap.field(identifierField).map(DataMapField::type).orElse(FieldType.STRING);
        this.identifierIsEmail = identifierField.toUpperCase(Locale.ROOT).contains("EMAIL")
                || identifierAttribute.toUpperCase(Locale.ROOT).contains("EMAIL");
        List<String> a = new ArrayList<>();
        List<String> f = new ArrayList<>();
        List<FieldType> t = new ArrayList<>();
        for (Map.Entry<String, String> e : settings.fields().entrySet()) {
            a.add(e.getKey());
            f.add(e.getValue());
            t.add(dataMap.field(e.getValue()).map(DataMapField::type).orElse(FieldType.UNKNOWN));
        }
        this.attributes = a.toArray(new String[0]);
        this.fields = f.toArray(new String[0]);
        this.types = t.toArray(new FieldType[0]);
        this.templates = templates;
    }

    /** The data map fields a record may carry besides the identifier, in order. */
    String[] fields() {
        return fields.clone();
    }

    /** The identifier's data map field. */
    String identifierField() {
        return identifierField;
    }

    /** Maps into {@code out} (reused); returns it. */
    Mapped map(Recipient r, Mapped out) {
        out.reason = null;
        out.key = null;
        if (r.customerId().trim().isEmpty()) {
            out.reason = "no CustomerID";
            return out;
        }
        if (!templates.contains(r.templateId())) {
            out.reason = "template " + r.templateId() + " is not in the Optimove folder";
            return out;
        }
        String id = r.attribute(identifierAttribute);
        if (id == null || id.trim().isEmpty()) {
            out.reason = "no " + identifierAttribute + " (the unique identifier, " + identifierField + ")";
            return out;
        }
        id = id.trim();
        if (id.length() > MAX_VALUE_LENGTH) {
            out.reason = identifierField + " is longer than " + MAX_VALUE_LENGTH + " characters";
            return out;
        }
        String unfit = unfitCharacter(id);
        if (unfit != null) {
            out.reason = identifierField + " contains " + unfit + ", which a CheetahMail field cannot hold";
            return out;
        }
        if (!identifierType.accepts(id)) {
            out.reason = identifierField + " is not a valid " + identifierType;
            return out;
        }
        if (identifierIsEmail && !looksLikeEmail(id)) {
            out.reason = identifierField + " is not a valid email address";
            return out;
        }
        out.key = id;
        for (int i = 0; i < attributes.length; i++) {
            String v = r.attribute(attributes[i]);
            if (v != null && v.isEmpty() && types[i] != FieldType.STRING) {
                v = null;
            }
            if (v != null) {
                if (v.length() > MAX_VALUE_LENGTH) {
                    out.reason = fields[i] + " is longer than " + MAX_VALUE_LENGTH + " characters";
                    return out;
                }
                String bad = unfitCharacter(v);
                if (bad != null) {
                    out.reason = fields[i] + " contains " + bad + ", which a CheetahMail field cannot hold";
                    return out;
                }
                if (!types[i].accepts(v)) {
                    out.reason = fields[i] + " is not a valid " + types[i] + describe(types[i]);
                    return out;
                }
            }
            out.values[i] = v;
        }
        return out;
    }

    /**
     * What in {@code v} a field cannot hold, named without showing the value: a C0 control character
     * other than tab, line feed and carriage return, or half of a UTF-16 surrogate pair (which UTF-8
     * cannot encode and would otherwise travel as {@code ?}). {@code null} when there is none.
     */
    static String unfitCharacter(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format("a control character (U+%04X) at position %d", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate at position " + (i + 1);
            }
        }
        return null;
    }

    private static String describe(FieldType type) {
        switch (type) {
            case DATE:
                return " (yyyy-MM-dd)";
            case NUMBER:
                return " (an integer)";
            case DECIMAL:
                return " (digits with an optional '.' fraction)";
            default:
                return "";
        }
    }

    /** ASCII characters an address may not hold: controls, space, comma, double quote. */
    private static final boolean[] NOT_IN_EMAIL = new boolean[128];

    static {
        for (int c = 0; c <= ' '; c++) {
            NOT_IN_EMAIL[c] = true;
        }
        NOT_IN_EMAIL[0x7F] = true;
        NOT_IN_EMAIL[','] = true;
        NOT_IN_EMAIL['"'] = true;
    }

    /** A plain syntax check: one {@code @}, text on both sides, a dot in the domain, no spaces. */
    static boolean looksLikeEmail(String s) {
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@') || at == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? NOT_IN_EMAIL[c] : Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.isSpaceChar(c)) {
                return false;
            }
        }
        String domain = s.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        return dot > 0 && dot < domain.length() - 1 && !domain.contains("..");
    }
}
