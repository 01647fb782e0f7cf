package com.pilotledger.app.edge;

import com.pilotledger.api.capital.CapitalView;
import com.pilotledger.api.portfolio.FindPilotComparison;
import com.pilotledger.api.portfolio.FindPortfolioBoard;
import com.pilotledger.api.portfolio.PilotComparison;
import com.pilotledger.api.portfolio.PortfolioBoard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** asOf and knownOn: an instant, or a date meaning the end of that day (UTC); the future means now; else a 400. */
class ApiAsOfTest extends ApiSliceTest {

    @ParameterizedTest
    @CsvSource({"2026-02-10, 2026-02-10T23:59:59.999999Z", "2026-02-10T12:00:00Z, 2026-02-10T12:00:00Z",
            "2026-02-10T13:00:00+01:00, 2026-02-10T12:00:00Z"})
    void theBoardIsAskedAsOfTheInstantOrTheEndOfTheDayGiven(String asOf, String expected) throws Exception {
        when(reader.board(any())).thenReturn(new PortfolioBoard(List.of(), 0, 50, 0, List.of()));
        perform(get("/api/pilots").param("asOf", asOf).with(httpBasic("ada", "pilot-ledger")))
                .andExpect(status().isOk());
        ArgumentCaptor<FindPortfolioBoard> query = ArgumentCaptor.forClass(FindPortfolioBoard.class);
        verify(reader).board(query.capture());
        assertThat(query.getValue().asOf()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aDateNotYetOverMeansNow() throws Exception {
        when(reader.comparison(any())).thenReturn(new PilotComparison(List.of(), List.of()));
        perform(get("/api/comparison").param("pilotIds", "p-1", "p-2").param("asOf", "2099-01-01")
                .with(httpBasic("ada", "pilot-ledger"))).andExpect(status().isOk());
        ArgumentCaptor<FindPilotComparison> query = ArgumentCaptor.forClass(FindPilotComparison.class);
        verify(reader).comparison(query.capture());
        assertThat(query.getValue().asOf()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"/api/pilots, asOf", "/api/pilots/p-1, asOf", "/api/pilots/p-1, knownOn", "/api/capital, asOf",
            "/api/comparison?pilotIds=p-1&pilotIds=p-2, asOf"})
    void anUnreadableInstantIsAProblemNamingTheParameter(String path, String parameter) throws Exception {
        for (String bad : new String[]{"yesterday", "2026-02-30", "10/02/2026", "2026-02-10T12:00"}) {
            ResultActions result = perform(get(path).param(parameter, bad).with(httpBasic("ada", "pilot-ledger")));
            result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(parameter));
            isProblem(result, "INVALID_REQUEST");
        }
        verify(reader, never()).capital(any(Instant.class));
        verify(reader, never()).board(any());
    }

    @Test
    void theCapitalIsAskedAsOfTheEndOfTheDay() throws Exception {
        when(reader.capital(any(Instant.class))).thenReturn(new CapitalView(null, null, null, null, null, List.of(),
                List.of()));
        perform(get("/api/capital").param("asOf", "2026-03-15").with(httpBasic("ada", "pilot-ledger")))
                .andExpect(status().isOk());
        verify(reader).capital(Instant.parse("2026-03-15T23:59:59.999999Z"));
    }
}
