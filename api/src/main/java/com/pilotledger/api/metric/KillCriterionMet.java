package com.pilotledger.api.metric;

import com.pilotledger.api.pilot.PilotEvent;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measurable kill criterion of a pilot was met: the criterion, the metric's level on its date (the median of the
 * week up to it) and the evidence in words, judged at {@code metAt}. Killing the pilot stays a human decision.
 */
public record KillCriterionMet(String pilotId, KillCriterion criterion, BigDecimal level, String evidence,
                               Instant metAt) implements PilotEvent {
}
