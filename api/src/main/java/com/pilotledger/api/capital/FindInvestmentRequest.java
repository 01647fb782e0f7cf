package com.pilotledger.api.capital;

/** Find one authorization request by its id. */
public record FindInvestmentRequest(String requestId) {
}
