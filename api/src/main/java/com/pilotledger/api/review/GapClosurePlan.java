package com.pilotledger.api.review;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/**
 * How a Conditional signal will be closed: what will be done, who owns it, by when (dueAt: overdue from then on unless
 * completed) and the investment it needs.
 */
public record GapClosurePlan(String planId, ScaleReadinessSignal signal, String action, String owner, Instant dueAt,
                             Money investment) {
}
