package com.pilotledger.app.e2e;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the database holds, read past the application: the event store (the truth), the processors' tokens, the open
 * sagas and the authorization requests' view. Read straight from the tables, so that it is the same whichever
 * instance wrote it, or whether any instance is running.
 */
final class StoredRecord {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** One stored event: its payload type without the package, and its payload as the serializer wrote it. */
    record Event(long globalIndex, String type, JsonNode payload) {

        String requestId() {
            return payload.path("requestId").asString(null);
        }

        String pilotId() {
            return payload.path("pilotId").asString(null);
        }
    }

    /** One segment's token: the highest global index it has processed (gaps aside), and who holds its claim. */
    record Token(String processor, int segment, String type, long index, String owner) {
    }

    /** One row of the authorization requests' view. */
    record RequestRow(String requestId, String status) {
    }

    private static final String IN_THE_MIDDLE = """
            WITH recent AS (
                SELECT global_index, substring(payload_type FROM '[^.]+$') AS type,
                       convert_from(payload, 'UTF8')::jsonb AS body
                FROM domain_event_entry
                WHERE global_index > (SELECT MAX(global_index) - 20 FROM domain_event_entry))
            SELECT step.body ->> 'requestId' FROM recent step
            WHERE step.type = ? AND step.body ->> 'requestId' IS NOT NULL
              AND COALESCE(step.body ->> 'secondApprovalRequired', 'false') = 'false'
              AND NOT EXISTS (SELECT 1 FROM recent later WHERE later.global_index > step.global_index
                              AND later.body ->> 'requestId' = step.body ->> 'requestId')""";

    private final List<Event> events;
    private final List<Token> tokens;
    private final int openSagas;
    private final Map<String, RequestRow> requestRows;

    private StoredRecord(List<Event> events, List<Token> tokens, int openSagas, Map<String, RequestRow> requestRows) {
        this.events = events;
        this.tokens = tokens;
        this.openSagas = openSagas;
        this.requestRows = requestRows;
    }

    static StoredRecord read(Connection connection) throws SQLException {
        List<Event> events = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Map<String, RequestRow> requests;
        int sagas;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT global_index, payload_type, payload FROM domain_event_entry ORDER BY global_index")) {
                while (rows.next()) {
                    String type = rows.getString(2);
                    events.add(new Event(rows.getLong(1), type.substring(type.lastIndexOf('.') + 1),
                            json(rows.getBytes(3))));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT processor_name, segment, token_type, token, owner FROM token_entry")) {
                while (rows.next()) {
                    tokens.add(new Token(rows.getString(1), rows.getInt(2), rows.getString(3),
                            indexOf(json(rows.getBytes(4))), rows.getString(5)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM saga_entry")) {
                rows.next();
                sagas = rows.getInt(1);
            }
            List<RequestRow> requestRows = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT request_id, status FROM capital_request")) {
                while (rows.next()) {
                    requestRows.add(new RequestRow(rows.getString(1), rows.getString(2)));
                }
            }
            requests = requestRows.stream().collect(Collectors.toMap(RequestRow::requestId, Function.identity()));
        }
        return new StoredRecord(events, tokens, sagas, requests);
    }

    /**
     * The requests among the latest events whose newest step is of the given type, not followed yet by the next step
     * (a request waiting for its approval does not count): an authorization caught in the middle.
     */
    static List<String> requestsInTheMiddle(Connection connection, String step) throws SQLException {
        List<String> requests = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(IN_THE_MIDDLE)) {
            statement.setString(1, step);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    requests.add(rows.getString(1));
                }
            }
        }
        return requests;
    }

    static List<String> tokenOwners(Connection connection) throws SQLException {
        List<String> owners = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL")) {
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
        }
        return owners;
    }

    List<Event> events() {
        return events;
    }

    long head() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).globalIndex();
    }

    List<Token> tokens() {
        return tokens;
    }

    int openSagas() {
        return openSagas;
    }

    Map<String, RequestRow> requestRows() {
        return requestRows;
    }

    private static JsonNode json(byte[] bytes) {
        return bytes == null ? JSON.missingNode() : JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * A gap-aware token is {@code {"index": n, "gaps": [...]}}; a replay token carries its current one. Anything else
     * (no token yet) counts as -1: a segment that has processed nothing.
     */
    private static long indexOf(JsonNode token) {
        if (token.has("index")) {
            return token.get("index").asLong();
        }
        return token.has("currentToken") ? indexOf(token.get("currentToken")) : -1;
    }
}
