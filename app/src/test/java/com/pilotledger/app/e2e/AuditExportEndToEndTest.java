package com.pilotledger.app.e2e;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.projection.ProjectionCatchUp;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/** The auditor's export reads the event store itself: every event, whatever the store holds, as CSV and JSON Lines. */
class AuditExportEndToEndTest extends EndToEndTest {

    private static final String HEADER = "global_index,event_id,aggregate_type,aggregate_id,sequence_number,"
            + "event_type,event,business_time,recorded_at,actor,roles,correlation_id,payload";
    private static final String FORMULA = "=HYPERLINK(\"http://example.com\")";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anEventRecordsOnlyTheApplicationRolesOfItsActor() {
        String pilotId = register("Roles in metadata");

        JsonNode metaData = json.readTree(ledger.jdbc().queryForObject("SELECT meta_data FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", byte[].class, pilotId));

        assertThat(metaData.at("/" + AuditMetaData.ACTOR).asString()).isEqualTo("pam");
        assertThat(metaData.at("/" + AuditMetaData.ACTOR_ROLES).asString())
                .as("no FACTOR_PASSWORD or other authority").isEqualTo("PORTFOLIO_MANAGER");
    }

    @Test
    void theExportHoldsEveryOneOfMoreThanTenThousandEventsWithTheirPayloadsAsStored() {
        String pilotId = register("Ten thousand readings");
        appendReadings(pilotId, 10_050);
        Map<Long, String> stored = storedPayloads(null);
        assertThat(stored).hasSizeGreaterThan(10_000);

        LedgerClient.Response csv = client.get("ada", "/api/audit/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<List<String>> records = parseCsv(csv.text());
        assertThat(String.join(",", records.get(0))).isEqualTo(HEADER);
        List<List<String>> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(stored.size());
        Map<Long, String> exported = new LinkedHashMap<>();
        rows.forEach(row -> exported.put(Long.parseLong(row.get(0)), row.get(12)));
        assertThat(exported).containsExactlyEntriesOf(stored);
        assertThat(rows).anySatisfy(row -> assertThat(row.get(9)).as("a formula is shown as text")
                .isEqualTo("'" + FORMULA));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(3)).isEqualTo(pilotId);
            assertThat(row.get(4)).isEqualTo("0");
            assertThat(row.get(5)).isEqualTo("com.pilotledger.api.pilot.PilotRegistered");
            assertThat(row.get(6)).isEqualTo("Pilot registered");
            assertThat(row.get(9)).isEqualTo("pam");
            assertThat(row.get(10)).isEqualTo("PORTFOLIO_MANAGER");
            assertThat(row.get(11)).isNotBlank();
        });

        LedgerClient.Response lines = client.get("alex", "/api/audit/export.jsonl");
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.header("Content-Type")).startsWith("application/jsonl");
        String[] events = lines.text().split("\n");
        assertThat(events).hasSize(stored.size());
        long previous = 0;
        for (String line : events) {
            JsonNode event = json.readTree(line);
            long index = event.at("/globalIndex").asLong();
            assertThat(index).isGreaterThan(previous);
            assertThat(event.at("/payload")).isEqualTo(json.readTree(stored.get(index)));
            previous = index;
        }
    }

    @Test
    void theExportFiltersByAggregateTypeActorAndRecordingTimeToTheNanosecond() {
        String pilotId = register("Filtered export");
        Map<Long, String> stored = storedPayloads(pilotId);
        Instant registeredAt = Instant.parse(ledger.jdbc().queryForObject("SELECT time_stamp FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, pilotId));

        assertThat(rows("/api/audit/export.csv?aggregateId=" + pilotId)).hasSize(stored.size())
                .allSatisfy(row -> assertThat(row.get(3)).isEqualTo(pilotId));
        String recorded = "/api/audit/export.csv?aggregateId=" + pilotId + "&timeBasis=recorded";
        assertThat(rows(recorded + "&from=" + registeredAt)).hasSize(stored.size());
        assertThat(rows(recorded + "&from=" + registeredAt.plusNanos(1)))
                .noneSatisfy(row -> assertThat(Instant.parse(row.get(8))).isEqualTo(registeredAt));
        assertThat(rows(recorded + "&to=" + registeredAt)).isEmpty();
        assertThat(rows("/api/audit/export.csv?aggregateId=" + pilotId + "&eventType=PilotRegistered&actor=pam"))
                .singleElement().satisfies(row -> assertThat(row.get(4)).isEqualTo("0"));
        assertThat(rows("/api/audit/export.csv?aggregateId=" + pilotId + "&actor=owen")).isEmpty();
        assertThat(rows(recorded + "&to=" + registeredAt.plusNanos(1)))
                .anySatisfy(row -> assertThat(row.get(4)).isEqualTo("0"))
                .allSatisfy(row -> assertThat(Instant.parse(row.get(8))).isEqualTo(registeredAt));
    }

    @Test
    void onlyAuditorsAndAdministratorsExport() {
        assertThat(client.get("owen", "/api/audit/export.csv").status()).isEqualTo(403);
        assertThat(client.get("eve", "/api/audit/export.jsonl").status()).isEqualTo(403);
        assertThat(client.get(null, "/api/audit/export.jsonl").status()).isEqualTo(401);
    }

    @Test
    void aMalformedTimeIsAProblemNotAnExport() {
        LedgerClient.Response refused = client.get("ada", "/api/audit/export.csv?from=yesterday");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    private String register(String name) {
        LedgerClient.Response registered = client.post("pam", "/api/pilots",
                registration(name, "Merchandising", "owen", "100000.00"));
        assertThat(registered.status()).isEqualTo(201);
        return registered.header("Location").substring("/api/pilots/".length());
    }

    /** Appends readings straight to the event store, a thousand per batch: many events, quickly. */
    private void appendReadings(String pilotId, int count) {
        EventStore store = ledger.bean(EventStore.class);
        long sequence = ledger.jdbc().queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, pilotId);
        Instant now = Instant.now();
        List<GenericDomainEventMessage<SignalRecorded>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String actor = i == 0 ? FORMULA : "owen";
            batch.add(new GenericDomainEventMessage<>("Pilot", pilotId, ++sequence, new SignalRecorded(pilotId,
                    StabilizationDomain.PRODUCTION_ECONOMICS, ReadinessLevel.STABILIZING,
                    "Reading " + i + ": cost \"per forecast\", tracked\r\nweekly", "finance", now, null, actor, now),
                    MetaData.with(AuditMetaData.ACTOR, actor).and(AuditMetaData.ACTOR_ROLES, "PILOT_OWNER")
                            .and(AuditMetaData.CORRELATION_ID, "bulk-" + i)));
            if (batch.size() == 1000 || i == count - 1) {
                store.publish(batch);
                batch.clear();
            }
        }
        // Appended behind the API's back, so nothing waited for the views: wait here, or the next test's command
        // would wait behind ten thousand events in its read-your-writes.
        assertThat(ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofMinutes(2))).isTrue();
    }

    /** Every stored payload by global index, of one aggregate or of all. */
    private Map<Long, String> storedPayloads(String aggregateId) {
        Map<Long, String> payloads = new LinkedHashMap<>();
        ledger.jdbc().query("SELECT global_index, payload FROM domain_event_entry"
                        + (aggregateId == null ? "" : " WHERE aggregate_identifier = '" + aggregateId + "'")
                        + " ORDER BY global_index",
                row -> {
                    payloads.put(row.getLong(1), new String(row.getBytes(2), StandardCharsets.UTF_8));
                });
        return payloads;
    }

    private List<List<String>> rows(String path) {
        LedgerClient.Response response = client.get("ada", path);
        assertThat(response.status()).isEqualTo(200);
        List<List<String>> records = parseCsv(response.text());
        assertThat(String.join(",", records.get(0))).isEqualTo(HEADER);
        return records.subList(1, records.size());
    }

    /** RFC 4180, read independently of the writer: quoted cells, doubled quotes, CRLF between records. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(record).as("the last record ends with CRLF").isEmpty();
        assertThat(cell).isEmpty();
        return records;
    }
}
