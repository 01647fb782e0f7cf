package com.pilotledger.api.review;

import java.util.List;

/** A pilot's gate reviews, newest first, and every gap-closure plan they made, by due date. */
public record GateReviews(String pilotId, List<GateReviewView> reviews, List<GapClosurePlanView> plans) {

    /** The review still open, if any (at most one is). */
    public GateReviewView open() {
        return reviews.stream().filter(review -> review.outcome() == null).findFirst().orElse(null);
    }
}
