package com.pilotledger.api.review;

/** The gate reviews of one pilot, newest first, with their assessments and gap-closure plans. */
public record FindGateReviews(String pilotId) {
}
