package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Posture;

import java.time.Instant;
import java.util.Map;

/**
 * One authorization request as the approvals inbox and its maker see it. Decided by is the checker who approved or
 * rejected it; code, reason and facts say why it was refused, rejected or closed.
 */
public record InvestmentRequestView(String requestId, String pilotId, String pilotName, Posture posture, Money total,
                                    Money reserved, String maker, RequestStatus status, boolean secondApprovalRequired,
                                    String decidedBy, ErrorCode code, String reason, Map<String, String> facts,
                                    Instant requestedAt, Instant expiresAt, Instant decidedAt) {
}
