package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** The approval limit of a role or user was set; previous is null when it had none. */
public record ApprovalLimitSet(LimitHolder holder, Money limit, Money previous, String reason, String setBy,
                               Instant setAt) {
}
