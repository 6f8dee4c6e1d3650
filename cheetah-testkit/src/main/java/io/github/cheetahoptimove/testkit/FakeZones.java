package io.github.cheetahoptimove.testkit;

import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's reading of the API's Windows time zone ids ({@code W_Europe_Standard_Time}: dots
 * dropped, spaces as underscores), by CLDR's {@code windowsZones} table as ICU4J carries it. Its
 * own code, not the client's, so that a mistake on one side is not repeated on the other.
 */
final class FakeZones {
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        for (String iana : TimeZone.getAvailableIDs()) {
            String windows = TimeZone.getWindowsID(iana);
            if (windows != null) {
                String wire = windows.replace(".", "").replace(' ', '_');
                String primary = TimeZone.getIDForWindowsID(windows, "001");
                try {
                    ZONES.putIfAbsent(wire, ZoneId.of(primary == null ? iana : primary));
                } catch (DateTimeException e) {
                    // a zone ICU knows and java.time does not: not servable
                }
            }
        }
        ZONES.put("UTC", ZoneOffset.UTC);
    }

    private FakeZones() {}

    /** The zone the API reads a Windows id in; empty for an IANA name, an offset or an unknown id. */
    static Optional<ZoneId> read(String wireId) {
        return Optional.ofNullable(wireId == null ? null : ZONES.get(wireId));
    }

    /** The API's Windows id of an IANA zone; empty when CLDR has none. */
    static Optional<String> windowsId(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return Optional.of("UTC");
        }
        return Optional.ofNullable(TimeZone.getWindowsID(zone.getId())).map(w -> w.replace(".", "").replace(' ', '_'));
    }
}
