package com.pilotledger.app.edge;

import com.pilotledger.api.capital.SetCapitalBudget;
import com.pilotledger.api.input.FieldLimits;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.app.capital.AuthorizationDesk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every text field of the API at its limit is accepted whole, one character more is a 400 naming the field. */
class ApiFieldLimitsTest extends ApiSliceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({"name, 200", "businessUnit, 200", "sponsor, 200", "operationalOwner, 200",
            "problemStatement, 4000", "baselineMetric, 1000", "targetMetric, 1000", "killCriteria, 4000"})
    void aRegistrationFieldAtItsLimitIsSentWholeAndOneMoreIsRefusedByName(String field, int limit) throws Exception {
        assertThat(limit).isEqualTo(switch (field) {
            case "problemStatement", "killCriteria" -> FieldLimits.WRITTEN_TEXT;
            case "baselineMetric", "targetMetric" -> FieldLimits.METRIC_DESCRIPTION;
            default -> FieldLimits.NAME;
        });
        Map<String, Object> atLimit = registration();
        atLimit.put(field, "a".repeat(limit));
        perform(json(post("/api/pilots"), "pam", JSON.writeValueAsString(atLimit))).andExpect(status().isAccepted());
        ArgumentCaptor<RegisterPilot> sent = ArgumentCaptor.forClass(RegisterPilot.class);
        verify(commands).send(sent.capture(), any());
        assertThat(JSON.valueToTree(sent.getValue()).get(field).asString()).hasSize(limit);

        Map<String, Object> overLimit = registration();
        overLimit.put(field, "a".repeat(limit + 1));
        refusedNaming(perform(json(post("/api/pilots"), "pam", JSON.writeValueAsString(overLimit))), field,
                "must be at most " + limit + " characters");
    }

    @ParameterizedTest
    @CsvSource({"evidence, 4000", "source, 400"})
    void aSignalTextAtItsLimitIsSentWholeAndOneMoreIsRefusedByName(String field, int limit) throws Exception {
        Map<String, Object> atLimit = signal();
        atLimit.put(field, "e".repeat(limit));
        perform(json(post("/api/pilots/p-1/signals"), "owen", JSON.writeValueAsString(atLimit)))
                .andExpect(status().isOk());
        ArgumentCaptor<RecordSignal> sent = ArgumentCaptor.forClass(RecordSignal.class);
        verify(commands).send(sent.capture(), any());
        assertThat(JSON.valueToTree(sent.getValue()).get(field).asString()).hasSize(limit);

        Map<String, Object> overLimit = signal();
        overLimit.put(field, "e".repeat(limit + 1));
        refusedNaming(perform(json(post("/api/pilots/p-1/signals"), "owen", JSON.writeValueAsString(overLimit))),
                field, "must be at most " + limit + " characters");
    }

    @ParameterizedTest
    @CsvSource({"name, 200", "unit, 50"})
    void aMetricTextOverItsLimitIsRefusedByItsPath(String field, int limit) throws Exception {
        Map<String, Object> metric = new HashMap<>(Map.of("name", "cost per task", "value", "0.42", "unit", "USD"));
        metric.put(field, "m".repeat(limit));
        Map<String, Object> atLimit = signal();
        atLimit.put("metric", metric);
        perform(json(post("/api/pilots/p-1/signals"), "owen", JSON.writeValueAsString(atLimit)))
                .andExpect(status().isOk());

        metric.put(field, "m".repeat(limit + 1));
        refusedNaming(perform(json(post("/api/pilots/p-1/signals"), "owen", JSON.writeValueAsString(atLimit))),
                "metric." + field, "must be at most " + limit + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scope", "conditions", "rationale", "overrideJustification"})
    void anAuthorizationTextAtTheLimitIsAcceptedAndOneMoreIsRefusedByName(String field) throws Exception {
        when(desk.authorize(any(), any(), any(), any(), any(), any(), any(), any(), any()))
                .thenReturn(new AuthorizationDesk.Outcome("request-1", Optional.empty()));
        Map<String, Object> atLimit = authorization();
        atLimit.put(field, "s".repeat(FieldLimits.WRITTEN_TEXT));
        perform(json(post("/api/pilots/p-1/authorizations"), "eve", JSON.writeValueAsString(atLimit)))
                .andExpect(status().isAccepted());

        Map<String, Object> overLimit = authorization();
        overLimit.put(field, "s".repeat(FieldLimits.WRITTEN_TEXT + 1));
        refusedNaming(perform(json(post("/api/pilots/p-1/authorizations"), "eve",
                JSON.writeValueAsString(overLimit))), field, "must be at most 4000 characters");
    }

    @Test
    void aReasonAtTheLimitIsSentWholeAndOneMoreIsRefused() throws Exception {
        perform(json(post("/api/pilots/p-1/pause"), "pam",
                JSON.writeValueAsString(Map.of("reason", "r".repeat(FieldLimits.WRITTEN_TEXT)))))
                .andExpect(status().isOk());
        ArgumentCaptor<PausePilot> sent = ArgumentCaptor.forClass(PausePilot.class);
        verify(commands).send(sent.capture(), any());
        assertThat(sent.getValue().reason()).hasSize(FieldLimits.WRITTEN_TEXT);

        refusedNaming(perform(json(put("/api/capital/budget"), "alex", JSON.writeValueAsString(Map.of(
                "amount", Map.of("amount", "1000000.00", "currency", "USD"),
                "reason", "r".repeat(FieldLimits.WRITTEN_TEXT + 1))))), "reason", "must be at most 4000 characters");
    }

    @Test
    void anAmountOfFifteenDigitsIsSentAndSixteenAreRefused() throws Exception {
        perform(json(put("/api/capital/budget"), "alex", JSON.writeValueAsString(Map.of(
                "amount", Map.of("amount", "999999999999999.99", "currency", "USD"), "reason", "Annual plan"))))
                .andExpect(status().isOk());
        ArgumentCaptor<SetCapitalBudget> sent = ArgumentCaptor.forClass(SetCapitalBudget.class);
        verify(commands).send(sent.capture(), any());
        assertThat(sent.getValue().budget().amount()).isEqualByComparingTo("999999999999999.99");

        Map<String, Object> registration = registration();
        registration.put("requestedCapital", Map.of("amount", "1000000000000000", "currency", "USD"));
        refusedNaming(perform(json(post("/api/pilots"), "pam", JSON.writeValueAsString(registration))),
                "requestedCapital.amount", "must be an amount with at most 15 digits before the decimal point and 2 "
                        + "after it");
    }

    @Test
    void aMetricValueWithMoreThanFourDecimalsIsRefused() throws Exception {
        Map<String, Object> body = signal();
        body.put("metric", Map.of("name", "cost per task", "value", "0.12345"));
        refusedNaming(perform(json(post("/api/pilots/p-1/signals"), "owen", JSON.writeValueAsString(body))),
                "metric.value", "must be a number with at most 15 digits before the decimal point and 4 after it");
    }

    @Test
    void aMissingFieldIsAskedForInWords() throws Exception {
        Map<String, Object> body = signal();
        body.remove("evidence");
        refusedNaming(perform(json(post("/api/pilots/p-1/signals"), "owen", JSON.writeValueAsString(body))),
                "evidence", "Enter the evidence");
    }

    private void refusedNaming(org.springframework.test.web.servlet.ResultActions result, String field,
                               String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
        isProblem(result, "INVALID_REQUEST");
    }

    static Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Demand forecasting");
        body.put("businessUnit", "Merchandising");
        body.put("sponsor", "VP Merchandising");
        body.put("operationalOwner", "Maria Chen");
        body.put("problemStatement", "Heuristic forecasts drive markdowns");
        body.put("baselineMetric", "Heuristic accuracy");
        body.put("targetMetric", "+15% on high-value SKUs");
        body.put("requestedCapital", Map.of("amount", "1200000.00", "currency", "USD"));
        body.put("killCriteria", "No gain by day 75");
        return body;
    }

    static Map<String, Object> signal() {
        return new HashMap<>(Map.of("domain", "OPERATIONAL_OWNERSHIP", "level", "ESTABLISHED",
                "evidence", "Planning team owns it"));
    }

    static Map<String, Object> authorization() {
        return new HashMap<>(Map.of("posture", "CONTROLLED_INVESTMENT",
                "capital", Map.of("amount", "250000.00", "currency", "USD"), "scope", "40 stores",
                "rationale", "Bounded rollout"));
    }
}
