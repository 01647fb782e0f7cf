package com.pilotledger.app.e2e;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** Amounts of money as the API writes them. */
final class Amounts {

    private Amounts() {
    }

    /** A JSON string holding the exact decimal; a JSON number (or no amount) fails the test. */
    static BigDecimal exact(JsonNode amount) {
        return new BigDecimal(amount.stringValue());
    }
}
