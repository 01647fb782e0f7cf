package com.pilotledger.api.review;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** A gap-closure plan as tracked: overdue once its due date passed uncompleted; completed with its evidence. */
public record GapClosurePlanView(String planId, String reviewId, ScaleReadinessSignal signal, String action,
                                 String owner, Instant dueAt, Money investment, boolean overdue, Instant completedAt,
                                 String completedBy, String completionEvidence) {
}
