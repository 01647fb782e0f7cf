package com.pilotledger.api.portfolio;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.ninetyday.NinetyDayReviewStatus;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.time.Instant;
import java.util.Map;

/**
 * One pilot on the portfolio board. Divergent means the authorized posture differs from the recommendation.
 * Readings hold the latest level per domain; a domain with no reading yet is absent. Committed is what the pilot holds
 * of the capital pool (frozen while paused); authorized is the amount of its latest authorization. Stale means an event
 * about this pilot could not be applied to the views and is parked until an administrator retries it: what the views
 * show of this pilot may be behind its history. The 90-day review is today's status of the latest scale decision's
 * review (null on a board as of a past instant, and for a pilot that never had one).
 * Recent breach is the evidence of the latest production metric breach
 * when it was observed in the 48 hours before the board's instant (null otherwise); kill criteria met quotes the
 * latest measurable kill criterion met (null while none is).
 */
public record BoardRow(String pilotId, String name, String businessUnit, String sponsor, String operationalOwner,
                       PilotStatus status, Posture authorizedPosture, Posture recommendedPosture, boolean divergent,
                       Map<StabilizationDomain, ReadinessLevel> readings, Money capitalRequested,
                       Money capitalAuthorized, Money capitalCommitted, boolean capitalFrozen, Instant postureSince,
                       long daysInPosture, Instant registeredAt, boolean stale,
                       NinetyDayReviewStatus ninetyDayReview, String recentBreach,
                       String killCriteriaMet) {
}
