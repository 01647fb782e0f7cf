package com.pilotledger.api.ninetyday;

/** Find the 90-day review of a pilot's latest scale decision, if it ever had one. */
public record FindNinetyDayReview(String pilotId) {
}
