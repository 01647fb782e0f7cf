package com.pilotledger.query.ninetyday;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.NinetyDayReviewCompleted;
import com.pilotledger.api.ninetyday.NinetyDayReviewDue;
import com.pilotledger.api.ninetyday.NinetyDayReviewOverdue;
import com.pilotledger.api.ninetyday.NinetyDayReviewScheduled;
import com.pilotledger.api.ninetyday.NinetyDayReviewStatus;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each scale decision's 90-day review and its KPI projections. Every handler is an insert that ignores a
 * repeat or an update to the same values, so an event delivered twice changes nothing; a status only moves forward
 * (a late "overdue" never reopens a completed review).
 */
@Component
@ProcessingGroup(NinetyDayReviewProjection.GROUP)
public class NinetyDayReviewProjection {

    public static final String GROUP = "ninety-day-review";

    private final JdbcClient jdbc;

    public NinetyDayReviewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NinetyDayReviewScheduled event) {
        jdbc.sql("""
                        INSERT INTO ninety_day_review (request_id, pilot_id, status, authorized_at, due_at, overdue_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.requestId(), event.pilotId(), NinetyDayReviewStatus.SCHEDULED.name(),
                        Sql.timestamp(event.authorizedAt()), Sql.timestamp(event.dueAt()),
                        Sql.timestamp(event.overdueAt()))
                .update();
        for (KpiProjection projection : event.projections()) {
            jdbc.sql("""
                            INSERT INTO ninety_day_review_kpi (request_id, metric, projected) VALUES (?, ?, ?)
                            ON CONFLICT DO NOTHING""")
                    .params(event.requestId(), projection.metric().name(), projection.expected())
                    .update();
        }
    }

    @EventHandler
    void on(NinetyDayReviewDue event) {
        jdbc.sql("UPDATE ninety_day_review SET status = ? WHERE request_id = ? AND status = ?")
                .params(NinetyDayReviewStatus.DUE.name(), event.requestId(), NinetyDayReviewStatus.SCHEDULED.name())
                .update();
    }

    @EventHandler
    void on(NinetyDayReviewOverdue event) {
        jdbc.sql("""
                        UPDATE ninety_day_review SET flagged_overdue = TRUE,
                            status = CASE WHEN status = 'COMPLETED' THEN status ELSE ? END
                        WHERE request_id = ?""")
                .params(NinetyDayReviewStatus.OVERDUE.name(), event.requestId())
                .update();
    }

    @EventHandler
    void on(NinetyDayReviewCompleted event) {
        jdbc.sql("""
                        UPDATE ninety_day_review SET status = ?, finding = ?, measured_from = ?, measured_to = ?,
                            conclusion = ?, reviewed_by = ?, completed_at = ?
                        WHERE request_id = ?""")
                .params(NinetyDayReviewStatus.COMPLETED.name(), event.finding().name(),
                        Sql.timestamp(event.measuredFrom()), Sql.timestamp(event.measuredTo()), event.conclusion(),
                        event.reviewedBy(), Sql.timestamp(event.completedAt()), event.requestId())
                .update();
        for (KpiOutcome outcome : event.outcomes()) {
            jdbc.sql("UPDATE ninety_day_review_kpi SET measured = ?, met = ? WHERE request_id = ? AND metric = ?")
                    .params(outcome.measured(), outcome.met(), event.requestId(), outcome.metric().name())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM ninety_day_review_kpi").update();
        jdbc.sql("DELETE FROM ninety_day_review").update();
    }
}
