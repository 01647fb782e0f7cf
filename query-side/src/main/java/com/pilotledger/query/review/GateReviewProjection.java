package com.pilotledger.query.review;

import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GapClosurePlanCompleted;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.api.review.ScaleReadinessAssessed;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each pilot's gate reviews, each role's latest assessment of each signal, and the gap-closure plans with their
 * overdue flag and completion. Every handler writes the same rows when its event comes again (inserts ignore a row
 * that exists, updates set values from the event), so a redelivery or a replay changes nothing.
 */
@Component
@ProcessingGroup(GateReviewProjection.GROUP)
public class GateReviewProjection {

    public static final String GROUP = "gate-reviews";

    private final JdbcClient jdbc;

    public GateReviewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GateReviewConvened event) {
        jdbc.sql("""
                        INSERT INTO gate_review (review_id, pilot_id, executive_sponsor, operational_lead,
                            technology_lead, governance_lead, change_management_lead, convened_by, convened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.reviewId(), event.pilotId(),
                        event.participants().get(StakeholderRole.EXECUTIVE_SPONSOR),
                        event.participants().get(StakeholderRole.OPERATIONAL_LEAD),
                        event.participants().get(StakeholderRole.TECHNOLOGY_LEAD),
                        event.participants().get(StakeholderRole.GOVERNANCE_LEAD),
                        event.participants().get(StakeholderRole.CHANGE_MANAGEMENT_LEAD), event.convenedBy(),
                        Sql.timestamp(event.convenedAt()))
                .update();
    }

    /** A role's new assessment replaces its earlier one in the same review, signal by signal (all five each time). */
    @EventHandler
    void on(ScaleReadinessAssessed event) {
        jdbc.sql("DELETE FROM gate_review_assessment WHERE review_id = ? AND role = ?")
                .params(event.reviewId(), event.role().name()).update();
        for (SignalAssessment assessment : event.assessments()) {
            jdbc.sql("""
                            INSERT INTO gate_review_assessment (review_id, role, signal, status, evidence,
                                participant, recorded_by, assessed_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(event.reviewId(), event.role().name(), assessment.signal().name(),
                            assessment.status().name(), assessment.evidence(), event.participant(),
                            event.recordedBy(), Sql.timestamp(event.assessedAt()))
                    .update();
        }
    }

    @EventHandler
    void on(GateReviewConcluded event) {
        jdbc.sql("""
                        UPDATE gate_review SET outcome = ?, signal_statuses = ?, roles_not_assessed = ?,
                            concluded_by = ?, concluded_at = ?
                        WHERE review_id = ?""")
                .params(event.outcome().name(), ConclusionColumns.signalStatuses(event.signals()),
                        ConclusionColumns.roles(event.rolesNotAssessed()), event.concludedBy(),
                        Sql.timestamp(event.concludedAt()), event.reviewId())
                .update();
        for (GapClosurePlan plan : event.gapClosurePlans()) {
            jdbc.sql("""
                            INSERT INTO gap_closure_plan (plan_id, review_id, pilot_id, signal, action, owner, due_at,
                                currency, investment, overdue)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)
                            ON CONFLICT DO NOTHING""")
                    .params(plan.planId(), event.reviewId(), event.pilotId(), plan.signal().name(), plan.action(),
                            plan.owner(), Sql.timestamp(plan.dueAt()), plan.investment().currency(),
                            plan.investment().amount())
                    .update();
        }
    }

    @EventHandler
    void on(GapClosurePlanOverdue event) {
        jdbc.sql("UPDATE gap_closure_plan SET overdue = TRUE WHERE plan_id = ?").param(event.planId()).update();
    }

    @EventHandler
    void on(GapClosurePlanCompleted event) {
        jdbc.sql("""
                        UPDATE gap_closure_plan SET completed_at = ?, completed_by = ?, completion_evidence = ?
                        WHERE plan_id = ?""")
                .params(Sql.timestamp(event.completedAt()), event.completedBy(), event.evidence(), event.planId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM gap_closure_plan").update();
        jdbc.sql("DELETE FROM gate_review_assessment").update();
        jdbc.sql("DELETE FROM gate_review").update();
    }
}
