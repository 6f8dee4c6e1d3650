package io.github.cheetahoptimove.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CampaignId;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.cheetah.ListId;
import io.github.cheetahoptimove.cheetah.NewCampaign;
import io.github.cheetahoptimove.cheetah.NewList;
import io.github.cheetahoptimove.cheetah.Record;
import io.github.cheetahoptimove.cheetah.TemplateId;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.ExecutionLock;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeCheetahMailExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the guides' samples against the fake, so that what the docs show works. */
class GuideSamplesTest {
    @RegisterExtension
    static FakeCheetahMailExtension cheetah = FakeCheetahMailExtension.withDefaults();

    private FakeCheetahMail fake;
    private CheetahClient client;
    private final IntegrationSettings settings = IntegrationSettings.builder().custId(CustId.of(1234))
            .folderId(FolderId.of(77)).dataMapId(DataMapId.of(55)).identifierAttribute("Email")
            .identifierField("EMAIL").putFields("FirstName", "FNAME").putFields("FavoriteDepartment", "FAV_DEPT")
            .putFields("LoyaltyPoints", "LOYALTY_POINTS").build();

    @BeforeEach
    void setUp() {
        fake = cheetah.fake();
        client = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp().consumerKey(fake.consumerKey())
                .consumerSecret(fake.consumerSecret()).clientId(fake.clientId()).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void clientSamplesWorkAgainstTheFake() {
        assertThat(ClientGuideSamples.paging(client)).containsExactly("Winback 20% off", "Welcome", "Points reminder");
        ListId list = client.lists().create(NewList.of(CustId.of(1234), "guide", DataMapId.of(55)));
        assertThat(ClientGuideSamples.upload(client, list, IntStream.range(0, 1500)
                .mapToObj(i -> Record.of("EMAIL", "g" + i + "@example.com"))).accepted())
                .isEqualTo(1500);
        NewCampaign campaign = NewCampaign.builder().custId(CustId.of(1234)).name("guide")
                .templateId(TemplateId.of(9001)).listId(list).externalRef("guide:1").build();
        fake.faults().on("POST", "EmailCampaign").actThenDelay(Duration.ofSeconds(2));
        try (CheetahClient impatient = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
                .consumerKey(fake.consumerKey()).consumerSecret(fake.consumerSecret()).clientId(fake.clientId())
                .readTimeout(Duration.ofMillis(500)).build()) {
            CampaignId id = ClientGuideSamples.createSafely(impatient, campaign);
            assertThat(fake.campaigns()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(id.value()));
            assertThat(ClientGuideSamples.errors(client, id)).isEqualTo("DRAFT");
            assertThat(ClientGuideSamples.errors(client, CampaignId.of(999))).startsWith("404 NOT_FOUND fake-");
            assertThat(ClientGuideSamples.async(client, List.of(id))).hasSize(1);
        }
    }

    @Test
    void faultSampleMakesTheFakeMisbehaveAsDescribed() {
        ListId list = client.lists().create(NewList.of(CustId.of(1234), "faults", DataMapId.of(55)));
        int tokensBefore = fake.tokenRequests();

        ClientGuideSamples.faults(fake);
        long accepted = client.lists().uploadAll(list, DataMapId.of(55), IntStream.range(0, 3000)
                .mapToObj(i -> Record.of("EMAIL", "f" + i + "@example.com"))).accepted();

        assertThat(fake.tokenRequests()).as("expired token replaced").isEqualTo(tokensBefore + 1);
        assertThat(accepted).isEqualTo(3000);
        // 3 batches, plus one repeat per 503 of the burst; batches in flight when the token expired
        // are repeated once more after the 401, how many depends on timing.
        assertThat(fake.requestCount("POST", "ListRecords")).isBetween(6, 12);
        assertThat(fake.listByName("faults").orElseThrow().records()).hasSize(3000);
    }

    @Test
    void bridgeSamplesWorkAgainstTheFake() {
        assertThat(BridgeGuideSamples.doctor(client, settings).ok()).isTrue();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        OptimoveCampaign campaign = BridgeGuideSamples.fromSendDetails(List.of(
                Map.of("CustomerID", "C1", "TemplateID", 9002, "ScheduledTime", tomorrow + " 10:00:00",
                        "CustomerAttributes", List.of("ann@example.com", "Ann")),
                Map.of("CustomerID", "C2", "TemplateID", 9002, "ScheduledTime", tomorrow + " 10:00:00",
                        "CustomerAttribute", "bob@example.com,Bob")), 77, 504, tomorrow.atTime(10, 0));
        OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings).build();
        assertThat(BridgeGuideSamples.dryRun(bridge, campaign).templates().get(0).accepted()).isEqualTo(2);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            DayReport day = BridgeGuideSamples.dailyJob(client, settings, pool, ExecutionLock.NONE, tomorrow,
                    List.of(campaign));
            assertThat(day.succeeded()).as(day.toString()).isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(fake.campaigns()).hasSize(1);
        assertThat(BridgeGuideSamples.cancel(bridge, 77, tomorrow).cancelled()).hasSize(1);
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void clusteredBridgeTakesTheSharedLockAroundEachExecution() {
        java.util.List<String> locked = new java.util.ArrayList<>();
        OptimoveBridge bridge = BridgeGuideSamples.clustered(client, settings, config -> {
            locked.add(config.getName());
            return java.util.Optional.of(() -> locked.add("released"));
        });
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        bridge.execute(BridgeGuideSamples.fromSendDetails(List.of(Map.of("CustomerID", "C1", "TemplateID", 9002,
                "CustomerAttributes", List.of("ann@example.com", "Ann"))), 78, 504, tomorrow.atTime(10, 0)));

        assertThat(locked).containsExactly("optimove-78-" + tomorrow.toString().replace("-", ""), "released");
    }

    @Test
    void readmeMinimalClientNamesTheMissingCredentialBeforeCallingAnything() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CHEETAH_CONSUMER_KEY") == null);

        org.assertj.core.api.Assertions.assertThatThrownBy(ReadmeSamples::minimalClient)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs consumerKey, consumerSecret");
    }
}
