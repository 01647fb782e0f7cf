package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.MetricUnit;
import com.pilotledger.api.metric.MetricValues;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Measurable kill criteria (seed 001: "defined up front"): whether a pilot's are usable, and whether one is met.
 * A criterion is judged once its date has ended (midnight UTC after it), on the metric's level then: the median of its
 * points observed in the {@link #LEVEL_WEEK} up to the end of the date, so one bad hour does not kill a pilot. While no
 * point of that week is known the criterion stays open (not met): a late batch can still show it met. Pure.
 */
final class KillCriterionRule {

    /** Enough for one criterion per metric and side, and a few dates. */
    static final int MAX_CRITERIA = 8;
    static final Duration LEVEL_WEEK = Duration.ofDays(7);

    /** A criterion found met: the metric's level on its date and the evidence in words. */
    record Met(BigDecimal level, String evidence) {
    }

    private KillCriterionRule() {
    }

    static Verdict evaluate(List<KillCriterion> criteria) {
        if (criteria.size() > MAX_CRITERIA) {
            return Verdict.refused(ErrorCode.INVALID_KILL_CRITERION,
                    "A pilot has at most " + MAX_CRITERIA + " measurable kill criteria");
        }
        for (KillCriterion criterion : criteria) {
            if (criterion == null || criterion.metric() == null || criterion.comparison() == null
                    || criterion.threshold() == null || criterion.by() == null) {
                return Verdict.refused(ErrorCode.INVALID_KILL_CRITERION,
                        "A measurable kill criterion names a metric, below or above, a threshold and a date");
            }
            MetricUnit unit = criterion.metric().unit();
            if (criterion.threshold().compareTo(unit.minimum()) < 0
                    || (unit.maximum() != null && criterion.threshold().compareTo(unit.maximum()) > 0)) {
                return Verdict.refused(ErrorCode.INVALID_KILL_CRITERION, "The threshold of "
                        + criterion.words() + " lies outside what " + criterion.metric().label().toLowerCase()
                        + " can measure");
            }
        }
        return Verdict.allowed();
    }

    /** The instant the criterion is judged: the end of its date, UTC. */
    static Instant judgedAt(KillCriterion criterion) {
        return criterion.by().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The criterion met at the instant, or null: its date has not ended, nothing was measured then, or it holds. */
    static Met judge(KillCriterion criterion, MetricWindow window, Instant at) {
        Instant judged = judgedAt(criterion);
        if (at.isBefore(judged)) {
            return null;
        }
        BigDecimal level = window.median(criterion.metric(), judged.minus(LEVEL_WEEK), judged);
        if (level == null || !criterion.comparison().holds(level, criterion.threshold())) {
            return null;
        }
        return new Met(level, "Kill criterion met: " + criterion.words() + ". The median of "
                + criterion.metric().label().toLowerCase() + " over the week up to " + criterion.by() + " was "
                + MetricValues.format(criterion.metric(), level));
    }
}
