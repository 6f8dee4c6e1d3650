package io.github.cheetahoptimove.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cheetahoptimove.cheetah.AmbiguousOutcomeException;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.ConflictException;
import io.github.cheetahoptimove.cheetah.NotFoundException;
import io.github.cheetahoptimove.cheetah.ValidationException;
import io.github.cheetahoptimove.cheetah.Campaign;
import io.github.cheetahoptimove.cheetah.CampaignId;
import io.github.cheetahoptimove.cheetah.CampaignStats;
import io.github.cheetahoptimove.cheetah.CampaignStatus;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.cheetah.ListId;
import io.github.cheetahoptimove.cheetah.NewCampaign;
import io.github.cheetahoptimove.cheetah.NewList;
import io.github.cheetahoptimove.cheetah.Record;
import io.github.cheetahoptimove.cheetah.RecordReject;
import io.github.cheetahoptimove.cheetah.Template;
import io.github.cheetahoptimove.cheetah.TemplateId;
import io.github.cheetahoptimove.cheetah.UploadResult;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** cheetah-client's whole surface against the fake, faults included. */
class ClientAgainstFakeTest {
    static final TestClock CLOCK = TestClock.at(Instant.parse("2026-11-28T06:00:00Z"));
    static final DataMapId MAP = DataMapId.of(55);
    static final CustId CUST = CustId.of(1234);

    @RegisterExtension
    static FakeCheetahMailExtension cheetah = FakeCheetahMailExtension.customized(b -> b.clock(CLOCK));

    private FakeCheetahMail fake;
    private CheetahClient client;

    @BeforeEach
    void setUp() {
        CLOCK.set(Instant.parse("2026-11-28T06:00:00Z"));
        fake = cheetah.fake();
        client = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
                .consumerKey(fake.consumerKey()).consumerSecret(fake.consumerSecret()).clientId(fake.clientId())
                .clock(CLOCK).readTimeout(Duration.ofMillis(700)).sleeper(d -> { }).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private ListId listWith(String name, int people) {
        ListId id = client.lists().create(NewList.of(CUST, name, MAP));
        client.lists().uploadAll(id, MAP, IntStream.range(0, people).mapToObj(i -> Record.of("EMAIL", "p" + i + "@example.com", "FNAME", "P" + i)).iterator());
        return id;
    }

    private NewCampaign campaign(ListId list, String ref) {
        return NewCampaign.builder().custId(CUST).name("Winback").templateId(TemplateId.of(9001)).listId(list)
                .externalRef(ref).build();
    }

    @Test
    void readsAccountFolderTemplatesAndDataMap() {
        assertThat(client.accounts().get().custId()).isEqualTo(CUST);
        assertThat(client.accounts().get().timeZone()).contains(ZoneId.of("America/New_York"));
        assertThat(client.folders().get(FolderId.of(77)).name()).isEqualTo("Optimove");
        List<Template> templates = client.templates().list(FolderId.of(77));
        assertThat(templates).extracting(t -> t.id().value()).containsExactly(9001L, 9002L, 9003L);
        assertThat(client.templates().get(TemplateId.of(9100)).folderId()).contains(FolderId.of(88));
        assertThat(client.dataMaps().get(MAP).uniqueField().orElseThrow().mapTo()).isEqualTo("EMAIL");
        assertThatThrownBy(() -> client.folders().get(FolderId.of(5))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void uploadsInBatchesWithRejectsAtStreamIndexes() {
        ListId id = client.lists().create(NewList.of(CUST, "big", MAP));

        UploadResult r = client.lists().uploadAll(id, MAP, IntStream.range(0, 2500).mapToObj(i -> Record.of("EMAIL", i % 1000 == 7 ? "" : "p" + i + "@example.com", "LOYALTY_POINTS", i == 2400 ? "many" : Integer.toString(i))).iterator());

        assertThat(r.batches()).isEqualTo(3);
        assertThat(r.accepted()).isEqualTo(2496);
        assertThat(r.rejected()).extracting(RecordReject::index).containsExactly(7L, 1007L, 2007L, 2400L);
        assertThat(client.lists().get(id).recordCount()).isEqualTo(2496);
        assertThat(fake.requestCount("POST", "ListRecords")).isEqualTo(3);
    }

    @Test
    void campaignIsCreatedFoundScheduledSentAndMeasured() {
        ListId list = listWith("l1", 100);
        CampaignId id = client.campaigns().create(campaign(list, "optimove:1:2026-11-28"));

        Campaign scheduled = client.campaigns().schedule(id, Instant.parse("2026-11-28T15:00:00Z"),
                ZoneId.of("America/New_York"));
        client.campaigns().schedule(id, Instant.parse("2026-11-28T15:00:00Z"), ZoneId.of("UTC"));

        assertThat(scheduled.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).contains(Instant.parse("2026-11-28T15:00:00Z"));
        assertThat(scheduled.scheduledZone()).contains(ZoneId.of("America/New_York"));
        assertThat(client.campaigns().listByExternalRef("optimove:1:2026-11-28")).extracting(Campaign::id)
                .containsExactly(id);
        assertThat(fake.campaign(id.value()).orElseThrow().schedules()).isEqualTo(1);

        CLOCK.advance(Duration.ofHours(10));
        fake.sendDue();
        CampaignStats stats = client.campaigns().stats(id);
        assertThat(client.campaigns().get(id).status()).isEqualTo(CampaignStatus.SENT);
        assertThat(stats.recipients()).isEqualTo(100);
        assertThat(stats.delivered()).isEqualTo(98);
        assertThatThrownBy(() -> client.campaigns().delete(id)).isInstanceOf(ConflictException.class);
    }

    @Test
    void scheduleInThePastIsAValidationError() {
        CampaignId id = client.campaigns().create(campaign(listWith("l2", 1), "optimove:2:2026-11-28"));

        assertThatThrownBy(() -> client.campaigns().schedule(id, Instant.parse("2026-11-28T05:00:00Z"),
                ZoneId.of("America/New_York")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details()).containsOnlyKeys("startTime"));
    }

    @Test
    void cancelAndDeleteRemoveAScheduledCampaign() {
        CampaignId id = client.campaigns().create(campaign(listWith("l3", 1), "optimove:3:2026-11-28"));
        client.campaigns().schedule(id, Instant.parse("2026-11-28T15:00:00Z"), ZoneId.of("America/New_York"));

        assertThat(client.campaigns().cancel(id).status()).isEqualTo(CampaignStatus.DRAFT);
        client.campaigns().delete(id);

        assertThatThrownBy(() -> client.campaigns().get(id)).isInstanceOf(NotFoundException.class);
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void expiredTokensAreReplacedTransparently() {
        client.accounts().get();
        fake.expireAllTokens();

        assertThat(client.accounts().get().custId()).isEqualTo(CUST);
        assertThat(fake.tokenRequests()).isEqualTo(2);
    }

    @Test
    void lostAnswerOnCampaignCreationIsAmbiguousAndResolvedByLookup() {
        ListId list = listWith("l4", 1);
        fake.faults().on("POST", "EmailCampaign").actThenDelay(Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.campaigns().create(campaign(list, "optimove:4:2026-11-28")))
                .isInstanceOf(AmbiguousOutcomeException.class);

        assertThat(fake.requestCount("POST", "EmailCampaign")).isEqualTo(1);
        assertThat(client.campaigns().listByExternalRef("optimove:4:2026-11-28")).hasSize(1);
    }

    @Test
    void droppedConnectionOnCampaignCreationIsAmbiguousAndNothingExists() {
        ListId list = listWith("l5", 1);
        fake.faults().on("POST", "EmailCampaign").dropConnection();

        assertThatThrownBy(() -> client.campaigns().create(campaign(list, "optimove:5:2026-11-28")))
                .isInstanceOf(AmbiguousOutcomeException.class);
        assertThat(client.campaigns().listByExternalRef("optimove:5:2026-11-28")).isEmpty();
        assertThat(fake.requestCount("POST", "EmailCampaign")).isEqualTo(1);
    }

    @Test
    void serverErrorsOnUploadAreRetriedAndEveryRecordStoredOnce() {
        ListId id = client.lists().create(NewList.of(CUST, "l6", MAP));
        fake.faults().on("POST", "ListRecords").nth(2).times(2).respond(503);
        fake.faults().on("POST", "ListRecords").nth(5).dropConnection();

        UploadResult r = client.lists().uploadAll(id, MAP, IntStream.range(0, 3000).mapToObj(i -> Record.of("EMAIL", "p" + i + "@example.com")).iterator());

        assertThat(r.accepted()).isEqualTo(3000);
        assertThat(fake.listByName("l6").orElseThrow().records()).hasSize(3000);
        assertThat(fake.listByName("l6").orElseThrow().records().stream().map(m -> m.get("EMAIL"))
                .collect(Collectors.toSet())).hasSize(3000);
    }

    @Test
    void duplicateListNameIsAConflict() {
        client.lists().create(NewList.of(CUST, "same", MAP));

        assertThatThrownBy(() -> client.lists().create(NewList.of(CUST, "same", MAP))).isInstanceOf(ConflictException.class);
        assertThat(client.lists().findByName("same")).isPresent();
    }
}
