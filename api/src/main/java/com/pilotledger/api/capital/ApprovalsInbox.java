package com.pilotledger.api.capital;

import java.util.List;

/** The requests one user may approve or reject, oldest first. */
public record ApprovalsInbox(List<InvestmentRequestView> requests) {
}
