package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** A role or user no longer has an approval limit of its own. */
public record ApprovalLimitRemoved(LimitHolder holder, Money previous, String reason, String removedBy,
                                   Instant removedAt) {
}
