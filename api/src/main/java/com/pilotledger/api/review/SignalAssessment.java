package com.pilotledger.api.review;

/** One stakeholder's status of one scale-readiness signal, with the evidence behind it. */
public record SignalAssessment(ScaleReadinessSignal signal, SignalStatus status, String evidence) {
}
