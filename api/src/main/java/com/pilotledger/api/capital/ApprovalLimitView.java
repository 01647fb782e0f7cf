package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** One approval limit, with who set it, when and why. */
public record ApprovalLimitView(LimitHolder holder, Money limit, String setBy, String reason, Instant setAt) {
}
