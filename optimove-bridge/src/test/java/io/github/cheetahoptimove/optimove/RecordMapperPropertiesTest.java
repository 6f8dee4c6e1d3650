package io.github.cheetahoptimove.optimove;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.model.DataMap;
import io.github.cheetahoptimove.cheetah.model.DataMapField;
import io.github.cheetahoptimove.cheetah.model.DataMapId;
import io.github.cheetahoptimove.cheetah.model.FieldType;
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
    private static final DataMap MAP = DataMap.builder().id(DataMapId.of(55))
            .addFields(DataMapField.of("EMAIL", FieldType.STRING, true), DataMapField.of("FNAME", FieldType.STRING, false),
                    DataMapField.of("FAV_DEPT", FieldType.STRING, false),
                    DataMapField.of("LOYALTY_POINTS", FieldType.NUMBER, false))
            .build();
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

    @Property(tries = 500)
    void recipientIsMappedExactlyWhenValidAndRejectsNameFieldsNotValues(@ForAll("recipients") Recipient r) {
        RecordMapper.Mapped m = MAPPER.map(r, new RecordMapper.Mapped(MAPPER.fields().length));

        String email = r.attribute("Email").trim();
        String points = r.attribute("LoyaltyPoints");
        boolean valid = r.templateId() != 4242 && !email.isEmpty() && RecordMapper.looksLikeEmail(email)
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
