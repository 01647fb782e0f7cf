package com.pilotledger.api.capital;

import java.time.Duration;
import java.time.Instant;

/** Set how long a request may wait for its second approval before it expires (administrators only). */
public record SetApprovalWindow(Duration window, String reason, Instant decidedAt) implements CapitalCommand {
}
