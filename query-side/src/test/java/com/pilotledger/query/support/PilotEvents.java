package com.pilotledger.query.support;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The events of a pilot's life as the command side writes them. */
public final class PilotEvents {

    private PilotEvents() {
    }

    public static PilotRegistered registered(String pilotId, Instant at) {
        return new PilotRegistered(pilotId, "Pilot " + pilotId, "Stores", "sam", "owen", "Stock-outs",
                "12 per week", "3 per week", Money.of("100000.00", "EUR"), "Stock-outs above 10 per week", "pam", at,
                List.of());
    }

    public static PostureRecommendationChanged recommended(String pilotId, Posture posture, Posture previous,
                                                           List<StabilizationDomain> deciding, Instant at) {
        return new PostureRecommendationChanged(pilotId, posture, previous, "v1", deciding,
                "Recommended " + posture.name(), at);
    }

    public static SignalRecorded signal(String pilotId, StabilizationDomain domain, ReadinessLevel level,
                                        String evidence, Instant observedAt, Instant recordedAt) {
        return new SignalRecorded(pilotId, domain, level, evidence, "ops review", observedAt, null, "owen",
                recordedAt);
    }

    public static SignalRecorded measured(String pilotId, StabilizationDomain domain, String metric, String value,
                                          Instant observedAt) {
        return new SignalRecorded(pilotId, domain, ReadinessLevel.STABILIZING, metric + " measured", "dashboard",
                observedAt, new Metric(metric, new BigDecimal(value), "%"), "owen", observedAt);
    }

    public static InvestmentAuthorized authorized(String pilotId, String requestId, Instant at) {
        return new InvestmentAuthorized(pilotId, requestId, Posture.CONTROLLED_INVESTMENT,
                Money.of("50000.00", "EUR"), "Two stores", "Weekly report", "Readings stable", Posture.PAUSE, true,
                "Board asked for it", "cfo", new Authority(LimitHolder.role("EXECUTIVE"), Money.of("250000.00", "EUR")),
                "ceo", new Authority(LimitHolder.user("ceo"), Money.of("1000000.00", "EUR")), at, List.of());
    }

    public static PilotPaused paused(String pilotId, Instant at) {
        return new PilotPaused(pilotId, "Owner left", Posture.CONTROLLED_INVESTMENT, "cfo", at);
    }

    public static PilotKilled killed(String pilotId, Instant at) {
        return new PilotKilled(pilotId, "No owner found", "cfo", at);
    }
}
