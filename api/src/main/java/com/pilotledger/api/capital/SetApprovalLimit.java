package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** Set the approval limit of a role or of a named user (administrators only). */
public record SetApprovalLimit(LimitHolder holder, Money limit, String reason, Instant decidedAt)
        implements CapitalCommand {
}
