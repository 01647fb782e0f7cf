package com.pilotledger.app.edge;

import com.pilotledger.api.capital.ApprovalsInbox;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Whatever layer refuses a request to the API, the answer is a problem body with a type and a code, never a 500. */
class ApiErrorsTest extends ApiSliceTest {

    @ParameterizedTest
    @CsvSource({"POST, /api/pilots, pam", "POST, /api/pilots/p-1/signals, owen",
            "POST, /api/pilots/p-1/authorizations, eve", "POST, /api/pilots/p-1/pause, pam",
            "POST, /api/pilots/p-1/kill, pam", "POST, /api/approvals/r-1/reject, eve",
            "PUT, /api/capital/budget, alex", "PUT, /api/decision-rights/limits/roles/EXECUTIVE, alex",
            "PUT, /api/decision-rights/limits/users/eve, alex", "PUT, /api/decision-rights/four-eyes-threshold, alex",
            "PUT, /api/decision-rights/approval-window, alex",
            "PUT, /api/pilots/p-1/metrics/TASK_COMPLETION_RATE/thresholds, pam"})
    void aWildcardContentTypeOnAnyWriteEndpointIs415(String method, String path, String user) throws Exception {
        for (String wildcard : new String[]{"*/*", "application/*", "application/*+json", "not a media type"}) {
            ResultActions result = perform(request(HttpMethod.valueOf(method), path)
                    .with(httpBasic(user, "pilot-ledger")).header("Content-Type", wildcard).content("{}"));
            result.andExpect(status().isUnsupportedMediaType());
            isProblem(result, "UNSUPPORTED_MEDIA_TYPE");
        }
        verify(commands, never()).send(any(), any());
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        ResultActions result = perform(post("/api/pilots/p-1/pause").with(httpBasic("pam", "pilot-ledger"))
                .contentType(MediaType.TEXT_PLAIN).content("Sponsor left"));
        result.andExpect(status().isUnsupportedMediaType());
        isProblem(result, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyLargerThanAMegabyteIs413() throws Exception {
        ResultActions result = perform(json(post("/api/pilots/p-1/pause"), "pam",
                "{\"reason\": \"" + "r".repeat(1024 * 1024) + "\"}"));
        result.andExpect(status().isPayloadTooLarge());
        isProblem(result, "CONTENT_TOO_LARGE");
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIs406() throws Exception {
        when(reader.inbox(any())).thenReturn(new ApprovalsInbox(List.of()));
        ResultActions result = perform(get("/api/approvals").with(httpBasic("eve", "pilot-ledger"))
                .accept("text/csv"));
        result.andExpect(status().isNotAcceptable());
        isProblem(result, "NOT_ACCEPTABLE");
    }

    @Test
    void anUnknownMetricOrAThresholdThatIsNoNumberNeverReachesThePilot() throws Exception {
        ResultActions unknown = perform(json(put("/api/pilots/p-1/metrics/HAPPINESS/thresholds"), "pam",
                "{\"minimumAcceptable\": 80}"));
        unknown.andExpect(status().isBadRequest());
        isProblem(unknown, "INVALID_REQUEST");
        ResultActions text = perform(json(put("/api/pilots/p-1/metrics/TASK_COMPLETION_RATE/thresholds"), "pam",
                "{\"minimumAcceptable\": \"eighty\"}"));
        text.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("minimumAcceptable"));
        isProblem(text, "INVALID_REQUEST");
        verify(commands, never()).send(any(), any());
    }

    @Test
    void aMeasurableKillCriterionWithoutItsDateIsNamedAtRegistration() throws Exception {
        ResultActions result = perform(json(post("/api/pilots"), "pam", """
                {"name": "Claims triage", "businessUnit": "Claims", "sponsor": "VP Claims", "operationalOwner": "owen",
                 "problemStatement": "Slow triage", "baselineMetric": "88%", "targetMetric": "95%",
                 "requestedCapital": {"amount": "500000.00", "currency": "USD"}, "killCriteria": "No gain",
                 "measurableKillCriteria": [{"metric": "TASK_COMPLETION_RATE", "comparison": "BELOW", "threshold": 85}]}
                """));
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measurableKillCriteria[0].by"));
        isProblem(result, "INVALID_REQUEST");
        verify(commands, never()).send(any(), any());
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        ResultActions result = perform(get("/api/comparison").with(httpBasic("ada", "pilot-ledger")));
        result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("pilotIds"));
        isProblem(result, "INVALID_REQUEST");
    }

    @Test
    void anUnknownRoleInThePathIsNamed() throws Exception {
        ResultActions result = perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/decision-rights/limits/roles/CEO"), "alex", "{}"));
        result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
        isProblem(result, "INVALID_REQUEST");
    }

    @Test
    void aPilotIdLongerThanAnyPilotsIsNamed() throws Exception {
        ResultActions result = perform(get("/api/pilots/" + "p".repeat(65)).with(httpBasic("ada", "pilot-ledger")));
        result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("pilotId"));
        isProblem(result, "INVALID_REQUEST");
    }

    /** What the servlet container forwards to the error endpoint when nothing under /api took the request. */
    @ParameterizedTest
    @CsvSource({"404, NOT_FOUND", "405, METHOD_NOT_ALLOWED", "406, NOT_ACCEPTABLE", "413, CONTENT_TOO_LARGE",
            "415, UNSUPPORTED_MEDIA_TYPE", "400, MALFORMED_REQUEST", "500, INTERNAL_ERROR"})
    void anErrorOfTheContainerUnderApiIsAProblem(int status, String code) throws Exception {
        ResultActions result = perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/nowhere"));
        result.andExpect(status().is(status)).andExpect(jsonPath("$.status").value(status));
        isProblem(result, code);
    }

    @Test
    void theErrorPageVisitedDirectlyIsNotFound() throws Exception {
        perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void aPageErrorIsAPageNotAProblem() throws Exception {
        perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/pilots"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Request not understood")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/pilots;jsessionid=1", "/api/pilots/%2e%2e/x", "/api/pilots/%25", "/api/pilots/a%2Fb"})
    void aRequestTheFirewallRefusesIsAProblem(String path) throws Exception {
        ResultActions result = perform(get(path).with(httpBasic("ada", "pilot-ledger")));
        result.andExpect(status().isBadRequest());
        isProblem(result, "REQUEST_REJECTED");
    }

    @Test
    void anAnonymousCallIs401AndAForbiddenOneIs403() throws Exception {
        ResultActions anonymous = perform(post("/api/pilots/p-1/pause").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"x\"}"));
        anonymous.andExpect(status().isUnauthorized());
        isProblem(anonymous, "UNAUTHENTICATED");

        ResultActions auditor = perform(json(post("/api/pilots/p-1/pause"), "ada", "{\"reason\": \"x\"}"));
        auditor.andExpect(status().isForbidden());
        isProblem(auditor, "FORBIDDEN");
        verify(commands, never()).send(any(), any());
    }
}
