package io.github.cheetahoptimove.cheetah;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IANA zones to and from the API's Windows time zone ids, by CLDR's {@code windowsZones} table as
 * ICU4J carries it (the mapping only: the zones' rules stay {@code java.time}'s). The API writes a
 * Windows id with its dots dropped and spaces as underscores ({@code W. Europe Standard Time} →
 * {@code W_Europe_Standard_Time}); a Windows id maps back to its territory {@code 001} zone.
 */
final class WindowsZones {
    /** The API's form of every Windows id CLDR knows, to the Windows id itself. */
    private static final Map<String, String> BY_WIRE_FORM = wireForms();

    private WindowsZones() {}

    private static Map<String, String> wireForms() {
        Map<String, String> out = new HashMap<>();
        for (String iana : com.ibm.icu.util.TimeZone.getAvailableIDs()) {
            String windows = com.ibm.icu.util.TimeZone.getWindowsID(iana);
            if (windows != null) {
                out.put(wireForm(windows), windows);
            }
        }
        return out;
    }

    private static String wireForm(String windowsId) {
        return windowsId.replace(".", "").replace(' ', '_');
    }

    /** The API's id of {@code zone}; empty when CLDR gives it no Windows id. UTC is {@code UTC}. */
    static Optional<String> toWire(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized.equals(ZoneOffset.UTC)) {
            return Optional.of("UTC");
        }
        if (normalized instanceof ZoneOffset) {
            return Optional.empty();
        }
        String windows = com.ibm.icu.util.TimeZone.getWindowsID(zone.getId());
        return Optional.ofNullable(windows).map(WindowsZones::wireForm);
    }

    /** The zone of the API's id {@code wire}; empty when it is not a Windows id CLDR knows. */
    static Optional<ZoneId> fromWire(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        if (wire.toUpperCase(Locale.ROOT).equals("UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        String windows = BY_WIRE_FORM.get(wire);
        if (windows == null) {
            return Optional.empty();
        }
        String iana = com.ibm.icu.util.TimeZone.getIDForWindowsID(windows, "001");
        try {
            return Optional.ofNullable(iana).map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
