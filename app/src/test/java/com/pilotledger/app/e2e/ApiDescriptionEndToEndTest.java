package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a newcomer starts: {@code /api} answers an index, and the OpenAPI document says how money is written. */
class ApiDescriptionEndToEndTest extends EndToEndTest {

    @Test
    void theApiAnswersAnIndexOfItsEndpointsWithoutSigningIn() {
        LedgerClient.Response index = client.get(null, "/api");

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body().path("swaggerUi").asString()).isEqualTo("/swagger-ui.html");
        assertThat(index.body().path("openApiDocument").asString()).isEqualTo("/v3/api-docs");
        assertThat(index.body().path("endpoints").valueStream()
                .map(endpoint -> endpoint.path("method").asString() + " " + endpoint.path("path").asString()))
                .contains("POST /api/pilots", "GET /api/pilots/{pilotId}/history", "GET /api/audit/export.jsonl")
                .doesNotContain("GET /api");
        assertThat(index.body().path("endpoints").valueStream())
                .filteredOn(endpoint -> endpoint.path("path").asString().equals("/api/pilots")
                        && endpoint.path("method").asString().equals("POST"))
                .singleElement().satisfies(register ->
                        assertThat(register.path("summary").asString()).startsWith("Register a pilot"));
    }

    @Test
    void theOpenApiDocumentDescribesAmountsAsExactDecimalStrings() {
        JsonNode schemas = client.get(null, "/v3/api-docs").body().at("/components/schemas");

        for (String amount : new String[]{"/Money/properties/amount", "/MoneyRequest/properties/amount"}) {
            assertThat(schemas.at(amount + "/type").asString()).as(amount).isEqualTo("string");
            assertThat(schemas.at(amount + "/format").asString()).as(amount).isEqualTo("decimal");
            assertThat(schemas.at(amount + "/example").asString()).as(amount).isEqualTo("1200000.00");
        }
        assertThat(schemas.at("/MoneyRequest/properties/amount/description").asString())
                .contains("JSON string", "JSON number");
    }
}
