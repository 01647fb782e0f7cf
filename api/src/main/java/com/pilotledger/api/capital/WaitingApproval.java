package com.pilotledger.api.capital;

import com.pilotledger.api.portfolio.DomainReading;
import com.pilotledger.api.portfolio.Recommendation;

import java.util.List;

/**
 * A request waiting for the checker's approval, with the evidence to decide it on: its pilot's recommendation and
 * the reading that counts per domain, today.
 */
public record WaitingApproval(InvestmentRequestView request, Recommendation recommendation,
                              List<DomainReading> readings) {
}
