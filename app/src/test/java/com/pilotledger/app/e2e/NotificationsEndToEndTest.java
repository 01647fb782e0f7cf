package com.pilotledger.app.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.pilotledger.app.projection.ProjectionCatchUp;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications end to end: a webhook receiver and an SMTP server (GreenMail) inside the test get what the ledger
 * sends, signed and addressed as docs/operations.md says; a receiver that fails gets it on a later try; an event
 * handled again sends nothing twice; an event whose notification cannot be written parks alone. Backoff and polling
 * are short here; the approval window's reminder is due at once (its lead time is longer than the window).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsEndToEndTest extends EndToEndTest {

    private static final String SECRET = "a-webhook-secret-of-the-test";
    private static final Set<String> ALL_KINDS = Set.of("APPROVAL_AWAITED", "REQUEST_EXPIRING", "REQUEST_DECIDED",
            "RECOMMENDATION_CHANGED", "METRIC_THRESHOLD_BREACHED", "GATE_REVIEW_ASSIGNED");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final GreenMail smtp = startSmtp();
    private final WebhookReceiver receiver = new WebhookReceiver();
    private final JsonMapper json = JsonMapper.builder().build();

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @Override
    protected String[] arguments() {
        return new String[] {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--pilot-ledger.notifications.poll-interval=100ms",
                "--pilot-ledger.notifications.first-backoff=200ms",
                "--pilot-ledger.notifications.longest-backoff=1s",
                "--pilot-ledger.notifications.max-attempts=4",
                "--pilot-ledger.notifications.expiry-reminder=100h"};
    }

    @AfterAll
    void stopReceivers() {
        receiver.close();
        smtp.stop();
    }

    @Test
    @Order(1)
    void everyKindReachesAWebhookSignedAndAsDocumented() {
        ledger.jdbc().update("DELETE FROM user_directory WHERE username = 'ada'");
        assertThat(client.get("ada", "/api/pilots").status()).isEqualTo(200);
        assertThat(ledger.jdbc().queryForMap("SELECT email, roles, last_seen_at FROM user_directory "
                + "WHERE username = 'ada'")).as("a sign-in fills the directory")
                .containsEntry("email", "ada@example.com").containsEntry("roles", "AUDITOR");

        LedgerClient.Response subscribed = client.post("alex", "/api/webhooks", Map.of("url", receiver.url("/all"),
                "secret", SECRET, "kinds", ALL_KINDS, "description", "Every kind"));
        assertThat(subscribed.status()).isEqualTo(201);
        assertThat(subscribed.text()).doesNotContain(SECRET);
        assertThat(client.get("alex", "/api/webhooks").text()).contains(receiver.url("/all")).doesNotContain(SECRET);
        assertThat(client.get("pam", "/api/webhooks").status()).isEqualTo(403);

        String path = client.post("pam", "/api/pilots", registration("Shelf gap detection", "Store operations",
                "owen", "900000.00")).header("Location");
        String pilotId = path.substring(path.lastIndexOf('/') + 1);
        establish(path);
        LedgerClient.Response request = client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "800000.00", "Forty stores", null));
        assertThat(request.status()).isEqualTo(202);
        String approval = request.header("Location");
        // The reminder goes only while the request still waits: it is due at once here, and decided after it came.
        within(PATIENCE, () -> receiver.at("/all").stream().map(this::verified).anyMatch(body -> body.at("/pilot/id")
                .asString().equals(pilotId) && body.at("/kind").asString().equals("REQUEST_EXPIRING")) ? true : null);
        assertThat(client.post("ethan", approval + "/approve", "").status()).isEqualTo(200);
        assertThat(client.put("pam", path + "/metrics/TASK_COMPLETION_RATE/thresholds",
                Map.of("minimumAcceptable", 80)).status()).isEqualTo(200);
        assertThat(client.post("monitor", path + "/metrics", Map.of("batchId", "shelf-1", "points", List.of(Map.of(
                "metric", "TASK_COMPLETION_RATE", "value", new BigDecimal("61.5"),
                "observedAt", Instant.now().minus(Duration.ofMinutes(5)).toString())))).status()).isEqualTo(200);
        assertThat(client.post("pam", path + "/gate-reviews", Map.of("executiveSponsor", "eve",
                "operationalLead", "owen", "technologyLead", "Theo Tech", "governanceLead", "ada",
                "changeManagementLead", "Chris Change")).status()).isEqualTo(201);

        Map<String, JsonNode> byKind = within(PATIENCE, () -> {
            Map<String, JsonNode> bodies = receiver.at("/all").stream().map(this::verified)
                    .filter(body -> body.at("/pilot/id").asString().equals(pilotId))
                    .collect(Collectors.toMap(body -> body.at("/kind").asString(), body -> body, (a, b) -> a));
            return bodies.keySet().containsAll(ALL_KINDS) ? bodies : null;
        });

        JsonNode awaited = byKind.get("APPROVAL_AWAITED");
        assertThat(awaited.at("/title").asString()).isEqualTo("A request awaits your approval");
        assertThat(awaited.at("/pilot/name").asString()).isEqualTo("Shelf gap detection");
        assertThat(awaited.at("/requestId").asString()).isEqualTo(approval.substring(approval.lastIndexOf('/') + 1));
        assertThat(awaited.at("/amount/amount").isString()).as("amounts are decimal strings").isTrue();
        assertThat(awaited.at("/amount/amount").asString()).isEqualTo("800000.00");
        assertThat(awaited.at("/amount/currency").asString()).isEqualTo("USD");
        assertThat(awaited.at("/link").asString()).isEqualTo("/approvals");
        assertThat(awaited.at("/details/requestedBy").asString()).isEqualTo("eve");
        assertThat(names(awaited.at("/recipients"))).containsExactly("ethan");
        assertThat(Instant.parse(awaited.at("/occurredAt").asString())).isBefore(Instant.now());
        assertThat(byKind.get("REQUEST_EXPIRING").at("/requestId").asString())
                .isEqualTo(awaited.at("/requestId").asString());
        JsonNode decided = byKind.get("REQUEST_DECIDED");
        assertThat(decided.at("/details/outcome").asString()).isEqualTo("APPROVED");
        assertThat(decided.at("/details/decidedBy").asString()).isEqualTo("ethan");
        assertThat(names(decided.at("/recipients"))).containsExactly("eve");
        assertThat(decided.at("/link").asString()).isEqualTo(path.replace("/api", ""));
        JsonNode changed = byKind.get("RECOMMENDATION_CHANGED");
        assertThat(changed.at("/details/previous").asString()).isEqualTo("PAUSE");
        assertThat(changed.at("/details/recommended").asString()).isEqualTo("CONTROLLED_INVESTMENT");
        assertThat(names(changed.at("/recipients"))).as("the portfolio managers and the pilot's owners")
                .containsExactly("owen", "pam");
        JsonNode breached = byKind.get("METRIC_THRESHOLD_BREACHED");
        assertThat(breached.at("/details/metric").asString()).isEqualTo("TASK_COMPLETION_RATE");
        assertThat(breached.at("/details/value").asString()).isEqualTo("61.5");
        assertThat(names(breached.at("/recipients"))).containsExactly("owen", "pam");
        JsonNode review = byKind.get("GATE_REVIEW_ASSIGNED");
        assertThat(review.at("/details/OPERATIONAL_LEAD").asString()).isEqualTo("owen");
        assertThat(names(review.at("/recipients"))).containsExactly("Chris Change", "Theo Tech", "ada", "eve", "owen");

        assertThat(receiver.at("/all").stream().map(WebhookReceiver.Received::deliveryId).distinct().count())
                .as("each delivery once").isEqualTo(receiver.at("/all").size());
        List<String> mailedForReview = within(PATIENCE, () -> {
            List<String> to = mailsAbout("Shelf gap detection", "A gate review assessment is assigned to you");
            return to.size() >= 3 ? to : null;
        });
        assertThat(mailedForReview).containsExactlyInAnyOrder("ada@example.com", "eve@example.com",
                "owen@example.com");
    }

    @Test
    @Order(2)
    void aReceiverThatFailsTwiceGetsTheNotificationOnTheThirdTry() {
        receiver.failFirst("/flaky", 2);
        String subscription = client.post("alex", "/api/webhooks", Map.of("url", receiver.url("/flaky"),
                "secret", SECRET, "kinds", Set.of("RECOMMENDATION_CHANGED"))).body().at("/id").asString();
        String path = client.post("pam", "/api/pilots", registration("Returns triage", "Customer service", "owen",
                "120000.00")).header("Location");
        establish(path);

        JsonNode delivery = within(PATIENCE, () -> {
            JsonNode log = client.get("alex", "/api/webhooks/" + subscription + "/deliveries").body();
            return log.size() == 1 && log.at("/0/status").asString().equals("DELIVERED") ? log.get(0) : null;
        });
        assertThat(delivery.at("/attempts").size()).isEqualTo(3);
        assertThat(delivery.at("/attempts/0/succeeded").asBoolean()).isFalse();
        assertThat(delivery.at("/attempts/0/statusCode").asInt()).isEqualTo(500);
        assertThat(delivery.at("/attempts/1/statusCode").asInt()).isEqualTo(500);
        assertThat(delivery.at("/attempts/2/succeeded").asBoolean()).isTrue();
        assertThat(delivery.at("/attempts/2/attempt").asInt()).isEqualTo(3);
        List<WebhookReceiver.Received> tries = receiver.at("/flaky");
        assertThat(tries).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 200);
        assertThat(tries).extracting(WebhookReceiver.Received::deliveryId).containsOnly(delivery.at("/id").asString());
        tries.forEach(this::verified);

        String deliveryId = delivery.at("/id").asString();
        assertThat(client.post("alex", "/api/webhooks/" + subscription + "/deliveries/" + deliveryId + "/resend", "")
                .status()).isEqualTo(200);
        within(PATIENCE, () -> receiver.at("/flaky").size() == 4 ? true : null);
        assertThat(receiver.at("/flaky").get(3).deliveryId()).as("the same id, for the receiver").isEqualTo(deliveryId);
        assertThat(client.post("alex", "/api/webhooks/" + subscription + "/deliveries/nothing/resend", "").status())
                .isEqualTo(404);
        assertThat(client.post("alex", "/api/webhooks", Map.of("url", "file:///etc/passwd", "secret", SECRET,
                "kinds", Set.of("RECOMMENDATION_CHANGED"))).body().at("/code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(client.delete("alex", "/api/webhooks/" + subscription).status()).isEqualTo(204);
    }

    @Test
    @Order(3)
    void theApprovalMailReachesTheCheckersWithAuthorityOnly() {
        // ethan, an executive, may now decide up to 600,000 only; pam, a portfolio manager, up to 1,000,000.
        assertThat(client.put("alex", "/api/decision-rights/limits/users/ethan",
                Requests.amount("600000.00", "Interim delegation")).status()).isEqualTo(200);
        assertThat(client.put("alex", "/api/decision-rights/limits/users/pam",
                Requests.amount("1000000.00", "Interim delegation")).status()).isEqualTo(200);
        String path = client.post("pam", "/api/pilots", registration("Markdown pricing", "Merchandising", "owen",
                "900000.00")).header("Location");
        establish(path);
        assertThat(client.post("eve", path + "/authorizations",
                authorization("CONTROLLED_INVESTMENT", "700000.00", "Ten stores", null)).status()).isEqualTo(202);

        List<String> mailed = within(PATIENCE, () -> {
            List<String> to = mailsAbout("Markdown pricing", "A request awaits your approval");
            return to.isEmpty() ? null : to;
        });
        awaitOutboxSent();
        mailed = mailsAbout("Markdown pricing", "A request awaits your approval");
        assertThat(mailed).as("pam may approve; eve made it; ethan lacks the authority").containsExactly("pam@example.com");
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(message -> subject(message)
                .equals("A request awaits your approval: Markdown pricing")).findFirst().orElseThrow();
        assertThat(bodyOf(mail)).contains("eve asks to authorize Controlled Investment with USD 700000.00 for Markdown pricing")
                .contains("http://localhost:8080/approvals");
    }

    @Test
    @Order(4)
    void aUserWhoSwitchedAKindOffGetsNoMailOfIt() {
        JsonNode mine = client.get("eve", "/api/me/notifications").body();
        assertThat(mine.at("/email").asString()).isEqualTo("eve@example.com");
        assertThat(mine.at("/mailEnabled").asBoolean()).isTrue();
        assertThat(mine.at("/kinds").size()).isEqualTo(6);
        assertThat(mine.at("/kinds").findValues("receive")).allMatch(JsonNode::asBoolean);
        JsonNode chosen = client.put("eve", "/api/me/notifications", Map.of("receive",
                List.of("APPROVAL_AWAITED"))).body();
        assertThat(chosen.at("/kinds/0/receive").asBoolean()).isTrue();
        assertThat(chosen.at("/kinds/5/receive").asBoolean()).isFalse();

        String path = client.post("pam", "/api/pilots", registration("Planogram checks", "Store operations", "owen",
                "50000.00")).header("Location");
        assertThat(client.post("pam", path + "/gate-reviews", Map.of("executiveSponsor", "eve",
                "operationalLead", "owen", "technologyLead", "ethan", "governanceLead", "ada",
                "changeManagementLead", "pam")).status()).isEqualTo(201);
        within(PATIENCE, () -> mailsAbout("Planogram checks", "A gate review assessment").size() >= 4 ? true : null);
        awaitOutboxSent();
        assertThat(mailsAbout("Planogram checks", "A gate review assessment"))
                .containsExactlyInAnyOrder("owen@example.com", "ethan@example.com", "ada@example.com",
                        "pam@example.com");
        client.put("eve", "/api/me/notifications", Map.of("receive", ALL_KINDS));
    }

    @Test
    @Order(5)
    void anEventHandledAgainSendsNothingTwice() {
        long before = ledger.jdbc().queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry",
                Long.class);
        String path = client.post("pam", "/api/pilots", registration("Demand forecasting", "Supply chain", "owen",
                "300000.00")).header("Location");
        establish(path);
        String pilotId = path.substring(path.lastIndexOf('/') + 1);
        within(PATIENCE, () -> receiver.at("/all").stream().map(this::verified)
                .anyMatch(body -> body.at("/pilot/id").asString().equals(pilotId)) ? true : null);
        awaitOutboxSent();
        long deliveries = ledger.jdbc().queryForObject("SELECT COUNT(*) FROM notification_delivery", Long.class);
        int received = receiver.at("/all").size();
        int mails = smtp.getReceivedMessages().length;

        replayNotificationsFrom(before);

        assertThat(ledger.jdbc().queryForObject("SELECT COUNT(*) FROM notification_delivery", Long.class))
                .isEqualTo(deliveries);
        sleep(Duration.ofSeconds(1));
        assertThat(receiver.at("/all")).hasSize(received);
        assertThat(smtp.getReceivedMessages()).hasSize(mails);
    }

    @Test
    @Order(6)
    void anEventWhoseNotificationCannotBeWrittenParksAloneUntilRetried() {
        String poisoned = client.post("pam", "/api/pilots", registration("Poisoned notice", "Finance", "owen",
                "100000.00")).header("Location");
        String poisonedId = poisoned.substring(poisoned.lastIndexOf('/') + 1);
        ledger.jdbc().execute("ALTER TABLE notification_delivery ADD CONSTRAINT ck_poison_notice CHECK (pilot_id <> '"
                + poisonedId + "')");
        establish(poisoned);
        String healthy = client.post("pam", "/api/pilots", registration("Healthy notice", "Finance", "owen",
                "100000.00")).header("Location");
        establish(healthy);
        String healthyId = healthy.substring(healthy.lastIndexOf('/') + 1);

        within(PATIENCE, () -> receiver.at("/all").stream().map(this::verified)
                .anyMatch(body -> body.at("/pilot/id").asString().equals(healthyId)) ? true : null);
        JsonNode parked = client.get("alex", "/api/dead-letters").body();
        List<JsonNode> notifications = parked.valueStream()
                .filter(letter -> letter.at("/processingGroup").asString().equals("notifications")).toList();
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).at("/eventType").asString()).isEqualTo("PostureRecommendationChanged");
        assertThat(client.get("ada", poisoned).body().at("/summary/stale").asBoolean())
                .as("a parked notification leaves the pilot's views as they are").isFalse();

        ledger.jdbc().execute("ALTER TABLE notification_delivery DROP CONSTRAINT ck_poison_notice");
        assertThat(client.post("alex", "/api/dead-letters/notifications/"
                + notifications.get(0).at("/sequence").asString() + "/retry", "").body().at("/resolved").asBoolean())
                .isTrue();
        within(PATIENCE, () -> receiver.at("/all").stream().map(this::verified)
                .anyMatch(body -> body.at("/pilot/id").asString().equals(poisonedId)) ? true : null);
    }

    /**
     * The notifications processor reads the store beside the read models and may run ahead of them: a notification
     * waits until the read models have processed its event (it names the pilot and its watchers as the views have
     * them), and is sent once they have, instead of being parked.
     */
    @Test
    @Order(7)
    void aNotificationWaitsForTheReadModelsToProcessItsEvent() {
        String path = client.post("pam", "/api/pilots", registration("Early notice", "Finance", "owen", "100000.00"))
                .header("Location");
        String pilotId = path.substring(path.lastIndexOf('/') + 1);
        for (String domain : List.of("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY")) {
            assertThat(client.post("pam", path + "/signals", signal(domain, "ESTABLISHED", "Early " + domain))
                    .status()).isEqualTo(200);
        }
        StreamingEventProcessor readModels = ledger.bean(EventProcessingConfiguration.class)
                .eventProcessor("read-models", StreamingEventProcessor.class).orElseThrow();
        readModels.shutDown();
        try {
            assertThat(client.post("pam", path + "/signals", signal("PRODUCTION_ECONOMICS", "ESTABLISHED",
                    "Early economics")).status()).as("answered before its views").isEqualTo(202);
            sleep(Duration.ofSeconds(2));
            assertThat(receiver.at("/all").stream().map(this::verified)
                    .noneMatch(body -> body.at("/pilot/id").asString().equals(pilotId)))
                    .as("no notification before the read models processed its event").isTrue();
        } finally {
            readModels.start();
        }

        within(PATIENCE, () -> receiver.at("/all").stream().map(this::verified)
                .anyMatch(body -> body.at("/pilot/id").asString().equals(pilotId)) ? true : null);
        assertThat(client.get("alex", "/api/dead-letters").body().valueStream()
                .filter(letter -> letter.at("/processingGroup").asString().equals("notifications"))).isEmpty();
    }

    @Test
    @Order(8)
    void administratorsManageWebhooksAndEveryoneTheirChoicesOnPages() {
        PageSession alex = PageSession.signIn(ledger.port(), "alex");
        String added = "url=" + encoded(receiver.url("/page")) + "&secret=" + encoded("a-secret-typed-in-a-page")
                + "&kinds=GATE_REVIEW_ASSIGNED&description=From+the+page";
        assertThat(alex.submit("/webhooks", "/webhooks", added).statusCode()).isEqualTo(302);
        String page = alex.get("/webhooks").body();
        assertThat(page).contains(receiver.url("/page"), "A gate review assessment is assigned to you")
                .doesNotContain("a-secret-typed-in-a-page");
        assertThat(alex.submit("/webhooks", "/webhooks", "url=ftp%3A%2F%2Fexample.com&secret="
                + encoded("another-long-secret") + "&kinds=GATE_REVIEW_ASSIGNED").body())
                .contains("must be an absolute http or https URL");
        String subscription = client.get("alex", "/api/webhooks").body().valueStream()
                .filter(webhook -> webhook.at("/url").asString().equals(receiver.url("/page"))).findFirst()
                .orElseThrow().at("/id").asString();
        String path = client.post("pam", "/api/pilots", registration("Page pilot", "Finance", "owen",
                "10000.00")).header("Location");
        assertThat(client.post("pam", path + "/gate-reviews", Map.of("executiveSponsor", "eve",
                "operationalLead", "owen", "technologyLead", "ethan", "governanceLead", "ada",
                "changeManagementLead", "pam")).status()).isEqualTo(201);
        within(PATIENCE, () -> receiver.at("/page").size() == 1 ? true : null);
        awaitOutboxSent();
        String log = alex.get("/webhooks/" + subscription).body();
        assertThat(log).contains("DELIVERED", "taken", "(200)");
        assertThat(PageSession.signIn(ledger.port(), "pam").get("/webhooks").statusCode()).isEqualTo(403);

        PageSession owen = PageSession.signIn(ledger.port(), "owen");
        assertThat(owen.get("/me/notifications").body()).contains("owen@example.com", "Mail me when");
        assertThat(owen.get("/me/notifications").body()).contains("name=\"_receive\"");
        assertThat(owen.submit("/me/notifications", "/me/notifications", "_receive=on").statusCode())
                .as("none ticked: every kind off").isEqualTo(302);
        assertThat(client.get("owen", "/api/me/notifications").body().at("/kinds").findValues("receive"))
                .noneMatch(JsonNode::asBoolean);
        assertThat(owen.submit("/me/notifications", "/me/notifications", "").statusCode())
                .as("not the form: refused").isEqualTo(200);
        assertThat(owen.submit("/me/notifications", "/me/notifications", "receive=REQUEST_DECIDED&_receive=on")
                .statusCode()).isEqualTo(302);
        assertThat(client.get("owen", "/api/me/notifications").body().at("/kinds").valueStream()
                .filter(kind -> kind.at("/receive").asBoolean()).map(kind -> kind.at("/kind").asString()).toList())
                .containsExactly("REQUEST_DECIDED");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Waits until the outbox holds nothing more to send. */
    private void awaitOutboxSent() {
        within(PATIENCE, () -> ledger.jdbc().queryForObject("SELECT COUNT(*) FROM notification_delivery "
                + "WHERE status = 'PENDING'", Long.class) == 0 ? true : null);
    }

    /** The three gate domains established: the recommendation moves from Pause to Controlled Investment. */
    private void establish(String path) {
        for (String domain : List.of("OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "PRODUCTION_ECONOMICS")) {
            assertThat(client.post("pam", path + "/signals", signal(domain, "ESTABLISHED", "Settled for " + domain))
                    .status()).isEqualTo(200);
        }
    }

    /** The body, once its signature checks out as a receiver checks it (docs/operations.md). */
    private JsonNode verified(WebhookReceiver.Received request) {
        assertThat(request.deliveryId()).matches("[0-9a-f-]{36}");
        assertThat(request.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
        String timestamp = request.signature().substring(2, request.signature().indexOf(','));
        String signature = request.signature().substring(request.signature().indexOf("v1=") + 3);
        assertThat(signature).isEqualTo(hmac(timestamp + "." + request.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(300);
        JsonNode body = json.readTree(request.body());
        assertThat(body.at("/kind").asString()).isEqualTo(request.kind());
        return body;
    }

    private static String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The notifications processor handles every event after the position given again, as after a crash before its
     * token was stored: its segments are rewound there, and it runs up to the head once more.
     */
    private void replayNotificationsFrom(long position) {
        StreamingEventProcessor processor = ledger.bean(EventProcessingConfiguration.class)
                .eventProcessor("notifications", StreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().join();
        TokenStore tokens = ledger.bean(TokenStore.class);
        new TransactionTemplate(ledger.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            for (int segment : tokens.fetchSegments("notifications")) {
                tokens.storeToken(GapAwareTrackingToken.newInstance(position, Set.of()), "notifications", segment);
                tokens.releaseClaim("notifications", segment);
            }
        });
        processor.start();
        assertThat(ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(PATIENCE)).isTrue();
    }

    private List<String> mailsAbout(String pilotName, String title) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).startsWith(title) && subject(message).endsWith(pilotName))
                .flatMap(message -> recipientsOf(message).stream()).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipientsOf(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).collect(Collectors.toCollection(TreeSet::new)).stream()
                .toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
