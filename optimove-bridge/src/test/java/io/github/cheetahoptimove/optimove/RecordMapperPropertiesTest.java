package io.github.cheetahoptimove.optimove;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.DataMap;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.TestClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Record mapping: a recipient becomes a record exactly when valid, and a reject never shows a value. */
class RecordMapperPropertiesTest {
    /** The default fake's data map (EMAIL unique, FNAME, FAV_DEPT, LOYALTY_POINTS as a NUMBER), read once. */
    private static final DataMap MAP = readDefaultDataMap();

    private static DataMap readDefaultDataMap() {
        try (FakeCheetahMail fake = FakeCheetahMail.builder().start();
                CheetahClient client = BridgeFixture.client(fake, TestClock.at(java.time.Instant.now()))) {
            return client.dataMaps().get(DataMapId.of(55));
        }
    }
    private static final RecordMapper MAPPER = new RecordMapper(BridgeFixture.settings(), MAP, Set.of(9001L, 9002L));

    @Provide
    Arbitrary<Recipient> recipients() {
        Arbitrary<String> email = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> s + "@example.com"),
                Arbitraries.strings().ofMaxLength(20), Arbitraries.just(""), Arbitraries.just("  "));
        Arbitrary<String> points = Arbitraries.oneOf(Arbitraries.integers().between(-5000, 5000).map(String::valueOf),
                Arbitraries.strings().alpha().ofMaxLength(5).map(s -> "§" + s), Arbitraries.just(""));
        Arbitrary<String> name = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<Long> template = Arbitraries.of(9001L, 9002L, 4242L);
        return net.jqwik.api.Combinators.combine(email, points, name, template).as((e, p, n, t) -> {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("Email", e);
            a.put("LoyaltyPoints", p);
            a.put("FirstName", n);
            return Recipient.of("C", t, a);
        });
    }

    /** No C0 control but tab, LF, CR; no unpaired surrogate (codePoints() yields those as themselves). */
    private static boolean fieldCanHold(String v) {
        return v.codePoints().noneMatch(cp -> (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE));
    }

    @Property(tries = 500)
    void recipientIsMappedExactlyWhenValidAndRejectsNameFieldsNotValues(@ForAll("recipients") Recipient r) {
        RecordMapper.Mapped m = MAPPER.map(r, new RecordMapper.Mapped(MAPPER.fields().length));

        String email = r.attribute("Email").trim();
        String points = r.attribute("LoyaltyPoints");
        boolean valid = r.templateId() != 4242 && !email.isEmpty() && RecordMapper.looksLikeEmail(email)
                && fieldCanHold(email) && fieldCanHold(r.attribute("FirstName"))
                && (points.isEmpty() || points.matches("-?\\d+"));
        assertThat(m.reason == null).as("mapped %s: %s", r, m.reason).isEqualTo(valid);
        if (valid) {
            assertThat(m.key).isEqualTo(email);
            assertThat(m.values).containsExactly(r.attribute("FirstName"), null, points.isEmpty() ? null : points);
        } else {
            assertThat(m.reason).doesNotContain("§").doesNotContain(email.isEmpty() ? "\u0000" : email);
        }
    }
}
