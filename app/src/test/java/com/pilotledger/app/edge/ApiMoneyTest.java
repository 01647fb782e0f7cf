package com.pilotledger.app.edge;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.portfolio.PortfolioBoard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Money in JSON: answers write every amount as a string holding the exact decimal with two places; requests take a
 * string or a number, exactly, and refuse what would lose a digit or exceed the columns.
 */
class ApiMoneyTest extends ApiSliceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void answersWriteAmountsAsExactDecimalStringsWithTwoPlaces() throws Exception {
        BoardRow row = new BoardRow("p-1", "Demand forecasting", "Merchandising", "VP Merchandising", "Maria Chen",
                PilotStatus.PROPOSED, Posture.PAUSE, Posture.PAUSE, false, Map.of(),
                new Money(new BigDecimal("1200000"), "USD"), Money.of("999999999999999.99", "USD"),
                new Money(new BigDecimal("100000.0"), "USD"), false, NOW, 0, NOW, false, null, null, null);
        when(reader.board(any())).thenReturn(new PortfolioBoard(List.of(row), 0, 50, 1, List.of()));

        perform(get("/api/pilots").with(httpBasic("ada", "pilot-ledger")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "\"capitalRequested\":{\"amount\":\"1200000.00\",\"currency\":\"USD\"}")))
                .andExpect(jsonPath("$.rows[0].capitalAuthorized.amount").value("999999999999999.99"))
                .andExpect(jsonPath("$.rows[0].capitalCommitted.amount").value("100000.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1200000.50\"", "1200000.50", "\"1200000.5\"", "1.2000005E6"})
    void anAmountIsReadExactlyAsAStringOrANumber(String amount) throws Exception {
        perform(json(post("/api/pilots"), "pam", registrationWithAmount(amount))).andExpect(status().isAccepted());

        ArgumentCaptor<RegisterPilot> sent = ArgumentCaptor.forClass(RegisterPilot.class);
        verify(commands).send(sent.capture(), any());
        assertThat(sent.getValue().requestedCapital().amount()).isEqualByComparingTo("1200000.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1200000.001\"", "1200000.001", "0.1E-2", "\"1000000000000000\"", "1E+15", "1e400"})
    void anAmountThatWouldLoseADigitOrExceedTheLimitIsRefusedByName(String amount) throws Exception {
        var result = perform(json(post("/api/pilots"), "pam", registrationWithAmount(amount)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedCapital.amount"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an amount with at most 15 digits before "
                        + "the decimal point and 2 after it"));
        isProblem(result, "INVALID_REQUEST");
        verify(commands, never()).send(any(), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1,200,000\"", "\"twelve\"", "\"NaN\"", "true", "[1]"})
    void anAmountThatIsNotADecimalIsRefusedByName(String amount) throws Exception {
        var result = perform(json(post("/api/pilots"), "pam", registrationWithAmount(amount)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedCapital.amount"));
        isProblem(result, "INVALID_REQUEST");
        verify(commands, never()).send(any(), any());
    }

    /** The registration body with the amount as written, a JSON string or a JSON number. */
    private static String registrationWithAmount(String amount) {
        Map<String, Object> body = ApiFieldLimitsTest.registration();
        body.put("requestedCapital", Map.of("amount", "AMOUNT", "currency", "USD"));
        return JSON.writeValueAsString(body).replace("\"AMOUNT\"", amount);
    }
}
