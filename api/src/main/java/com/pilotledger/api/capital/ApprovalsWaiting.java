package com.pilotledger.api.capital;

import java.util.List;

/** The approvals inbox of one checker: the requests waiting for them, oldest first, each with its evidence. */
public record ApprovalsWaiting(List<WaitingApproval> requests) {
}
