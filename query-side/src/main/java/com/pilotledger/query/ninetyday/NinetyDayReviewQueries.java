package com.pilotledger.query.ninetyday;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.ninetyday.FindNinetyDayReview;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.NinetyDayReviewStatus;
import com.pilotledger.api.ninetyday.NinetyDayReviewView;
import com.pilotledger.api.ninetyday.ReviewFinding;
import com.pilotledger.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the 90-day review of a pilot's latest scale decision, with its projections and, once reviewed, outcomes. */
@Component
public class NinetyDayReviewQueries {

    private final JdbcClient jdbc;

    public NinetyDayReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<NinetyDayReviewView> find(FindNinetyDayReview query) {
        return jdbc.sql("SELECT * FROM ninety_day_review WHERE pilot_id = ? ORDER BY authorized_at DESC, request_id "
                        + "LIMIT 1")
                .param(query.pilotId()).query(this::review).optional();
    }

    private NinetyDayReviewView review(ResultSet rs, int row) throws SQLException {
        String requestId = rs.getString("request_id");
        NinetyDayReviewStatus status = NinetyDayReviewStatus.valueOf(rs.getString("status"));
        List<KpiProjection> projections = new ArrayList<>();
        List<KpiOutcome> outcomes = new ArrayList<>();
        jdbc.sql("SELECT * FROM ninety_day_review_kpi WHERE request_id = ? ORDER BY metric").param(requestId)
                .query((ResultSet kpi) -> {
                    ProductionMetric metric = ProductionMetric.valueOf(kpi.getString("metric"));
                    BigDecimal projected = kpi.getBigDecimal("projected").stripTrailingZeros();
                    BigDecimal measured = kpi.getBigDecimal("measured");
                    projections.add(new KpiProjection(metric, projected));
                    if (status == NinetyDayReviewStatus.COMPLETED) {
                        outcomes.add(new KpiOutcome(metric, projected,
                                measured == null ? null : measured.stripTrailingZeros(), kpi.getBoolean("met")));
                    }
                });
        return new NinetyDayReviewView(rs.getString("pilot_id"), requestId, status, Sql.instant(rs, "authorized_at"),
                Sql.instant(rs, "due_at"), Sql.instant(rs, "overdue_at"), rs.getBoolean("flagged_overdue"),
                projections, outcomes, Sql.enumValue(ReviewFinding.class, rs.getString("finding")),
                Sql.instant(rs, "measured_from"), Sql.instant(rs, "measured_to"), rs.getString("conclusion"),
                rs.getString("reviewed_by"), Sql.instant(rs, "completed_at"));
    }
}
