package com.pilotledger.app.edge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Values no column should receive: control characters, instants outside what a timestamp holds, and JSON that only
 * a lenient reader would turn into something (text from a boolean, a whole number from a fraction, an enum from its
 * ordinal, a repeated key). Each is a 400 naming the field, and no command is sent.
 */
class ApiHostileValuesTest extends ApiSliceTest {

    private static final String SIGNALS = "/api/pilots/p-1/signals";

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u009f", "\\ud800"})
    void aControlCharacterOrALoneSurrogateInWrittenTextIsRefused(String escaped) throws Exception {
        refused(perform(json(post(SIGNALS), "owen", signal("\"evidence\": \"before" + escaped + "after\""))),
                "evidence");
    }

    @Test
    void writtenTextMayHoldLineBreaksAndTabs() throws Exception {
        perform(json(post(SIGNALS), "owen", signal("\"evidence\": \"line one\\r\\nline two\\tindented\"")))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\n", "\\t", "\\u0000"})
    void aOneLineFieldRefusesLineBreaksTabsAndControlCharacters(String escaped) throws Exception {
        refused(perform(json(post(SIGNALS), "owen", signal("\"evidence\": \"e\", \"source\": \"gate" + escaped
                + "review\""))), "source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1000000000-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"})
    void anObservationOutsideTheLedgersTimeIsRefused(String observedAt) throws Exception {
        refused(perform(json(post(SIGNALS), "owen", signal("\"evidence\": \"e\", \"observedAt\": \"" + observedAt
                + "\""))), "observedAt");
    }

    @Test
    void anObservationInTheFutureIsRefused() throws Exception {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        refused(perform(json(post(SIGNALS), "owen", signal("\"evidence\": \"e\", \"observedAt\": \"" + tomorrow
                + "\""))), "observedAt");
    }

    @Test
    void theEarliestObservationIsAccepted() throws Exception {
        perform(json(post(SIGNALS), "owen", signal("\"evidence\": \"e\", \"observedAt\": \"1970-01-01T00:00:00Z\"")))
                .andExpect(status().isOk());
    }

    @Test
    void anAuditQueryFromBeforeTheLedgersTimeIsRefused() throws Exception {
        refused(perform(get("/api/audit").param("from", "-1000000000-01-01T00:00:00Z")
                .with(httpBasic("ada", "pilot-ledger"))), "from");
    }

    @Test
    void anAuditTimeBasisOtherThanBusinessOrRecordedIsRefused() throws Exception {
        refused(perform(get("/api/audit").param("timeBasis", "observed").param("from", "2026-02-01T00:00:00Z")
                .with(httpBasic("ada", "pilot-ledger"))), "timeBasis");
        verify(reader, never()).audit(any());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"evidence\": true | evidence",
            "\"evidence\": 42 | evidence",
            "\"evidence\": 4.2 | evidence",
            "\"evidence\": \"e\", \"source\": false | source",
            "\"evidence\": \"e\", \"metric\": {\"name\": \"cost\", \"value\": true} | metric.value"})
    void aSignalValueOfTheWrongJsonTypeIsRefusedNotCoerced(String fields, String field) throws Exception {
        refused(perform(json(post(SIGNALS), "owen", signal(fields))), field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | ESTABLISHED | domain", "\"OPERATIONAL_OWNERSHIP\" | 2 | level",
            "\"OWNERSHIP\" | ESTABLISHED | domain", "\"OPERATIONAL_OWNERSHIP\" | \"SOMEWHAT\" | level"})
    void anEnumTakesOnlyTheNameOfOneOfItsConstants(String domain, String level, String field) throws Exception {
        String levelJson = level.startsWith("\"") || level.matches("\\d+") ? level : "\"" + level + "\"";
        refused(perform(json(post(SIGNALS), "owen", "{\"domain\": " + domain + ", \"level\": " + levelJson
                + ", \"evidence\": \"e\"}")), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.9", "\"5\"", "true", "null"})
    void anApprovalWindowInHoursTakesOnlyAWholeNumber(String hours) throws Exception {
        refused(perform(json(put("/api/decision-rights/approval-window"), "alex",
                "{\"hours\": " + hours + ", \"reason\": \"Quarter close\"}")), "hours");
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        refused(perform(json(post("/api/pilots/p-1/pause"), "pam",
                "{\"reason\": \"Sponsor left\", \"reason\": \"Nothing to see\"}")), "reason");
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedRequest() throws Exception {
        ResultActions result = perform(json(post("/api/pilots/p-1/pause"), "pam", "{\"reason\": "));
        result.andExpect(status().isBadRequest());
        isProblem(result, "MALFORMED_REQUEST");
    }

    private void refused(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
        isProblem(result, "INVALID_REQUEST");
        verify(commands, never()).send(any(), any());
    }

    private static String signal(String fields) {
        return "{\"domain\": \"OPERATIONAL_OWNERSHIP\", \"level\": \"ESTABLISHED\", " + fields + "}";
    }
}
