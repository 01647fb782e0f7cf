package com.pilotledger.api.capital;

import java.util.List;

/** The requests waiting for a second person's approval, oldest first. */
public record PendingApprovals(List<InvestmentRequestView> requests) {
}
