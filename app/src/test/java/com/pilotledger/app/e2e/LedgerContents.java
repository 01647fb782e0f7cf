package com.pilotledger.app.e2e;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a ledger holds, to hold a restored copy against its original: the rows of every table of the schema (events,
 * snapshots, seals and checkpoints, sagas, tokens, deadlines, dead letters, idempotency records, read models, the
 * migrations' history), and the views as the API answers them (the board, every pilot, the capital, the audit).
 */
record LedgerContents(Map<String, Long> rowsPerTable, JsonNode board, Map<String, JsonNode> pilots, JsonNode capital,
                      JsonNode audit) {

    /** Tables a backup must carry; the schema holds more (the read models), all of them counted. */
    private static final List<String> RECORD_TABLES = List.of("domain_event_entry", "snapshot_event_entry",
            "event_seal", "seal_checkpoint", "signing_key", "saga_entry", "token_entry", "scheduled_tasks",
            "dead_letter_entry", "idempotency_record", "flyway_schema_history");

    static LedgerContents of(RunningLedger ledger) {
        LedgerClient client = ledger.client();
        JsonNode board = client.get("ada", "/api/pilots?size=200").body();
        Map<String, JsonNode> pilots = new LinkedHashMap<>();
        board.get("rows").forEach(row -> {
            String id = row.get("pilotId").asString();
            pilots.put(id, client.get("ada", "/api/pilots/" + id).body());
        });
        return new LedgerContents(rowsPerTable(ledger), board, pilots, client.get("ada", "/api/capital").body(),
                client.get("ada", "/api/audit?size=500").body());
    }

    /** Every table of the application's schema, by its name in lower case (H2 keeps names in upper case). */
    private static Map<String, Long> rowsPerTable(RunningLedger ledger) {
        Map<String, Long> rows = new TreeMap<>();
        ledger.jdbc().queryForList("SELECT table_name FROM information_schema.tables"
                        + " WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')", String.class)
                .forEach(table -> rows.put(table.toLowerCase(), ledger.jdbc().queryForObject(
                        "SELECT COUNT(*) FROM \"" + table + "\"", Long.class)));
        assertThat(rows).as("the schema's tables").containsKeys(RECORD_TABLES.toArray(String[]::new));
        return rows;
    }

    /** Rows in the tables a portfolio with decisions fills, so that a copy missing any of them cannot pass. */
    void assertHoldsAWholeLedger() {
        for (String table : List.of("domain_event_entry", "snapshot_event_entry", "event_seal", "seal_checkpoint",
                "token_entry", "scheduled_tasks", "idempotency_record", "board_pilot", "audit_entry")) {
            assertThat(rowsPerTable.get(table)).as("rows in " + table).isPositive();
        }
        assertThat(rowsPerTable.get("event_seal")).as("every event sealed").isEqualTo(events());
        assertThat(pilots).hasSizeGreaterThan(1);
    }

    long events() {
        return rowsPerTable.get("domain_event_entry");
    }
}
