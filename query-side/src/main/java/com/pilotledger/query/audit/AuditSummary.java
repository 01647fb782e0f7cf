package com.pilotledger.query.audit;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;

/** One readable sentence per event, for auditors scanning a timeline; the payload carries the full detail. */
final class AuditSummary {

    private AuditSummary() {
    }

    static String of(Object event) {
        if (event instanceof PilotRegistered e) {
            return "Registered pilot \"" + e.name() + "\" for " + e.businessUnit() + ", requesting "
                    + money(e.requestedCapital()) + "; operational owner " + e.operationalOwner();
        }
        if (event instanceof SignalRecorded e) {
            return e.domain().label() + " recorded as " + e.level().label() + " (" + e.level().gateReviewWord()
                    + "): " + e.evidence();
        }
        if (event instanceof PostureRecommendationChanged e) {
            return "Policy " + e.policyVersion() + " recommends " + e.recommended().label()
                    + (e.previous() == null ? "" : " (was " + e.previous().label() + ")") + ": " + e.reason();
        }
        if (event instanceof InvestmentAuthorized e) {
            return "Authorized " + e.posture().label() + " with " + money(e.capital())
                    + (e.override() ? " — OVERRIDE of recommended " + e.recommendedPosture().label() + ": "
                    + e.overrideJustification() : "") + ". Rationale: " + e.rationale();
        }
        if (event instanceof PilotPaused e) {
            return "Paused (from " + e.pausedFrom().label() + "): " + e.reason();
        }
        if (event instanceof PilotKilled e) {
            return "Killed: " + e.reason();
        }
        return event.getClass().getSimpleName();
    }

    private static String money(Money money) {
        return money.currency() + " " + String.format("%,.2f", money.amount());
    }
}
