package com.pilotledger.app.e2e;

import com.pilotledger.app.integrity.SigningKey;
import com.pilotledger.verifier.EventRow;
import com.pilotledger.verifier.EvidencePack;
import com.pilotledger.verifier.PackManifest;
import com.pilotledger.verifier.Problem;
import com.pilotledger.verifier.VerificationReport;
import com.pilotledger.verifier.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence packs of the demo portfolio, downloaded as the auditor and verified offline with the auditors' verifier
 * and the ledger's public key, as an auditor would outside the system.
 */
@Tag("sealed-log")
class EvidencePackEndToEndTest extends EndToEndTest {

    /** The demo's first pilot: two authorizations by eve, readings of every domain before them. */
    private static final String DEMAND_FORECASTING = UUID.nameUUIDFromBytes(
            "demo-portfolio:Demand forecasting".getBytes(StandardCharsets.UTF_8)).toString();
    private static final Pattern GLOBAL_INDEX = Pattern.compile("^\\{\"globalIndex\":(\\d+),\"eventId\":\"([^\"]+)\"");

    private PublicKey publicKey;

    @TempDir
    Path folder;

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @BeforeAll
    void theLedgersKey() {
        publicKey = ledger.bean(SigningKey.class).publicKey();
    }

    @Test
    void aPilotsPackVerifiesOfflineAndSummarizesEachDecisionWithTheReadingsBeforeIt() {
        LedgerClient.Download download = client.download("ada",
                "/api/audit/evidence-pack?pilotId=" + DEMAND_FORECASTING);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/zip");
        assertThat(download.header("Content-Disposition"))
                .contains("pilot-ledger-evidence-pilot-" + DEMAND_FORECASTING + ".zip");
        Map<String, String> entries = entries(download.body());
        assertThat(entries).containsOnlyKeys(EvidencePack.EVENTS, EvidencePack.SEALS, EvidencePack.CHECKPOINTS,
                EvidencePack.PUBLIC_KEY, EvidencePack.MANIFEST, EvidencePack.VERIFICATION, EvidencePack.SUMMARY);

        try (EvidencePack pack = EvidencePack.open(save("pilot.zip", entries))) {
            VerificationReport report = verify(pack);
            assertThat(report.exitCode()).as(report.toText()).isZero();
            assertThat(pack.complete()).isFalse();
            assertThat(pack.manifest().scope()).isEqualTo("pilot " + DEMAND_FORECASTING);
            assertThat(pack.manifest().createdBy()).isEqualTo("ada");
            assertThat(report.events()).isEqualTo(pack.manifest().events()).isGreaterThan(10);
            List<EventRow> events = new ArrayList<>();
            pack.eventsInGlobalOrder((event, seal) -> {
                if (event != null) {
                    events.add(event);
                }
            });
            assertThat(events).allSatisfy(event -> assertThat(event.aggregateId().equals(DEMAND_FORECASTING)
                    || new String(event.payload(), StandardCharsets.UTF_8).contains(DEMAND_FORECASTING)).isTrue());
            assertThat(events).anySatisfy(event -> assertThat(event.payloadType()).endsWith(".CapitalReserved"));
        }
        assertThat(entries.get(EvidencePack.VERIFICATION)).startsWith("Pilot Ledger verification").contains("INTACT");
        assertThat(entries.get(EvidencePack.SUMMARY))
                .contains("Investment authorized: Demand forecasting")
                .contains("<dt>Decided by</dt><dd>eve</dd>")
                .contains("Decider&#39;s authority</dt><dd>Role EXECUTIVE, limit ")
                .contains("<dd>Controlled Investment (recommended: ")
                .contains("Merchandising planning team owns the model in production")
                .contains("Forecast accuracy, high-margin SKUs: 71 %")
                .contains("Verified when made");
    }

    @Test
    void theWholePortfoliosPackIsCompleteAndVerifiesOffline() {
        LedgerClient.Download download = client.download("alex", "/api/audit/evidence-pack");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("pilot-ledger-evidence-portfolio.zip");
        Map<String, String> entries = entries(download.body());
        try (EvidencePack pack = EvidencePack.open(save("portfolio.zip", entries))) {
            VerificationReport report = verify(pack);
            assertThat(report.exitCode()).as(report.toText()).isZero();
            assertThat(pack.complete()).isTrue();
            assertThat(pack.manifest().firstPosition()).isEqualTo(1);
            assertThat(report.events()).isEqualTo(pack.manifest().events()).isEqualTo(pack.manifest().seals());
            assertThat(report.verifiedUpTo()).isEqualTo(pack.manifest().seals());
        }
        assertThat(entries.get(EvidencePack.SUMMARY)).contains("Pilot killed").contains("Pilot paused")
                .contains("Capital request approved");
    }

    @Test
    void aPeriodsPackHoldsTheEventsStoredInItAndVerifies() {
        Instant to = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        Instant from = to.minus(2, ChronoUnit.DAYS);
        LedgerClient.Download download = client.download("ada", "/api/audit/evidence-pack?from=" + from + "&to=" + to);
        assertThat(download.status()).isEqualTo(200);
        try (EvidencePack pack = EvidencePack.open(save("period.zip", entries(download.body())))) {
            VerificationReport report = verify(pack);
            assertThat(report.exitCode()).as(report.toText()).isZero();
            assertThat(pack.manifest().scope()).isEqualTo("period " + from + " to " + to);
            assertThat(report.events()).isPositive();
        }
    }

    @Test
    void anAmountChangedInTheEventsOfAPackIsNamed() {
        Map<String, String> entries = entries(client.download("ada",
                "/api/audit/evidence-pack?pilotId=" + DEMAND_FORECASTING).body());
        List<String> lines = new ArrayList<>(List.of(entries.get(EvidencePack.EVENTS).split("\n")));
        int changed = 0;
        while (!lines.get(changed).contains("\"payloadType\":\"com.pilotledger.api.pilot.InvestmentAuthorized\"")) {
            changed++;
        }
        assertThat(lines.get(changed)).contains("450000.00");
        lines.set(changed, lines.get(changed).replace("450000.00", "540000.00"));
        entries.put(EvidencePack.EVENTS, String.join("\n", lines) + "\n");
        Matcher tampered = GLOBAL_INDEX.matcher(lines.get(changed));
        assertThat(tampered.find()).isTrue();

        try (EvidencePack pack = EvidencePack.open(save("tampered.zip", entries))) {
            VerificationReport report = verify(pack);
            assertThat(report.exitCode()).as(report.toText()).isEqualTo(1);
            assertThat(report.firstFinding().problem()).isEqualTo(Problem.EVENT_ALTERED);
            assertThat(report.firstFinding().globalIndex()).isEqualTo(Long.parseLong(tampered.group(1)));
            assertThat(report.firstFinding().eventId()).isEqualTo(tampered.group(2));
        }
    }

    @Test
    void onlyAuditorsAndAdministratorsGetAPackAndAnUnknownPilotOrAHalfPeriodIsAProblem() {
        assertThat(client.get("owen", "/api/audit/evidence-pack").status()).isEqualTo(403);
        assertThat(client.get("eve", "/api/audit/evidence-pack?pilotId=" + DEMAND_FORECASTING).status())
                .isEqualTo(403);

        LedgerClient.Response unknown = client.get("ada", "/api/audit/evidence-pack?pilotId=no-such-pilot");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.body().at("/code").asString()).isEqualTo("PILOT_NOT_FOUND");

        LedgerClient.Response halfPeriod = client.get("ada", "/api/audit/evidence-pack?from=2026-01-01T00:00:00Z");
        assertThat(halfPeriod.status()).isEqualTo(400);
        assertThat(halfPeriod.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.get("ada", "/api/audit/evidence-pack?pilotId=" + DEMAND_FORECASTING
                + "&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z").status()).isEqualTo(400);
        assertThat(client.get("ada", "/api/audit/evidence-pack?from=yesterday&to=today").status()).isEqualTo(400);
    }

    @Test
    void theAuditPageShowsTheLatestVerificationAndAuditorsVerifyAndDownloadFromIt() {
        PageSession auditor = PageSession.signIn(ledger.port(), "ada");
        HttpResponse<String> verified = auditor.submit("/audit", "/audit/verification");
        assertThat(verified.statusCode()).isEqualTo(302);
        String page = auditor.get("/audit").body();
        assertThat(page).contains("Verified up to event").contains("id=\"verify-now\"")
                .contains("action=\"/audit/evidence-pack\"").doesNotContain("Not verified yet");
        assertThat(auditor.get("/audit/checkpoint.txt").body()).startsWith("Pilot Ledger checkpoint v1");
        assertThat(auditor.get("/audit/public-key.pem").body()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(auditor.get("/audit/evidence-pack?pilotId=" + DEMAND_FORECASTING).statusCode()).isEqualTo(200);
        assertThat(auditor.get("/audit/evidence-pack?from=2026-02-01&to=2026-01-01").statusCode()).isEqualTo(400);
        assertThat(auditor.get("/audit/evidence-pack?pilotId=no-such-pilot").statusCode()).isEqualTo(404);

        PageSession owner = PageSession.signIn(ledger.port(), "owen");
        assertThat(owner.get("/audit").body()).contains("Verified up to event").doesNotContain("id=\"verify-now\"")
                .doesNotContain("Evidence packs");
        assertThat(owner.submit("/audit", "/audit/verification").statusCode()).isEqualTo(403);
        assertThat(owner.get("/audit/evidence-pack").statusCode()).isEqualTo(403);
    }

    private VerificationReport verify(EvidencePack pack) {
        return new Verifier(List.of(publicKey), List.of()).verify(pack);
    }

    private static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private Path save(String name, Map<String, String> entries) {
        Path file = folder.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
