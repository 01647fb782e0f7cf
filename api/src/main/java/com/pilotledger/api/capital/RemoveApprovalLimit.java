package com.pilotledger.api.capital;

import java.time.Instant;

/** Remove the approval limit of a role or named user (administrators only). */
public record RemoveApprovalLimit(LimitHolder holder, String reason, Instant decidedAt) implements CapitalCommand {
}
