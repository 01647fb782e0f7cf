package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Duration;
import java.util.List;

/** Who may authorize how much: the budget, the four-eyes threshold, the approval window and every approval limit. */
public record DecisionRights(Money budget, Money fourEyesThreshold, Duration approvalWindow,
                             List<ApprovalLimitView> limits) {
}
