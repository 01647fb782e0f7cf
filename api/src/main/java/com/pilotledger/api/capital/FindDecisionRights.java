package com.pilotledger.api.capital;

/** Find the portfolio's decision rights: budget, four-eyes threshold, approval window and approval limits. */
public record FindDecisionRights() {
}
