package com.pilotledger.api.capital;

import java.time.Duration;
import java.time.Instant;

/** Requests now expire when not decided within this window; previous is null the first time. */
public record ApprovalWindowSet(Duration window, Duration previous, String reason, String setBy, Instant setAt) {
}
