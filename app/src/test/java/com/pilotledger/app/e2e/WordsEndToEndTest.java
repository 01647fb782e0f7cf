package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages speak the domain's words: the audit names events and durations in words, and refusals say what to do. */
class WordsEndToEndTest extends EndToEndTest {

    @Test
    void theAuditNamesEventsAndDurationsInWords() {
        PageSession auditor = PageSession.signIn(ledger.port(), "ada");

        String page = auditor.get("/audit").body();

        assertThat(page).contains(">Recommendation changed</option>", ">Approval window set</option>",
                        "class=\"event-type\" title=\"ApprovalWindowSet\">Approval window set</strong>")
                .containsPattern("<p class=\"summary\">Requests expire when not decided within 72 hours: ")
                .doesNotContain(">PostureRecommendationChanged<", "within PT72H");
        assertThat(auditor.get("/audit.csv").body())
                .contains("\"com.pilotledger.api.capital.ApprovalWindowSet\",\"Approval window set\"");
    }

    @Test
    void aDateThatIsNoDateInTheAuditAddressIsRefusedWithAPageSayingHowToWriteIt() {
        HttpResponse<String> refused = PageSession.signIn(ledger.port(), "ada").get("/audit?from=2026-13-45");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Request not understood",
                        "from: &quot;2026-13-45&quot; could not be read. Enter a date such as 2026-03-15.")
                .doesNotContain("Something went wrong");
    }

    @Test
    void aPageNumberThatIsNoNumberIsRefusedInWords() {
        HttpResponse<String> refused = PageSession.signIn(ledger.port(), "ada").get("/audit?page=last");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("page: &quot;last&quot; could not be read. Enter a whole number such as 2.");
    }

    @Test
    void theRegistrationFormSaysWhatToDoForEachFieldInWords() {
        PageSession manager = PageSession.signIn(ledger.port(), "pam");

        String empty = manager.submit("/", "/pilots", form(Map.of("name", ""))).body();
        String unreadable = manager.submit("/", "/pilots", form(Map.of("name", "Shelf gap detection",
                "requestedCapital", "1,200,000"))).body();

        assertThat(empty).contains("Enter the name of the pilot", "Enter the kill criteria",
                        "Enter the requested capital")
                .doesNotContain("must not be null", "must not be blank");
        assertThat(unreadable).contains("Enter a number such as 250000 or 0.42, without thousands separators")
                .doesNotContain("Failed to convert", "NumberFormatException");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
