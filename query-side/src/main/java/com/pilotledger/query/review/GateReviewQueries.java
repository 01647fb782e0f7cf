package com.pilotledger.query.review;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.review.FindGateReviewStandings;
import com.pilotledger.api.review.FindGateReviews;
import com.pilotledger.api.review.GapClosurePlanView;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.GateReviewStanding;
import com.pilotledger.api.review.GateReviewStandings;
import com.pilotledger.api.review.GateReviewView;
import com.pilotledger.api.review.GateReviews;
import com.pilotledger.api.review.RoleAssessmentView;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers a pilot's gate reviews and, for the board, where the gate review of each listed pilot stands. */
@Component
public class GateReviewQueries {

    private final JdbcClient jdbc;

    public GateReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public GateReviews find(FindGateReviews query) {
        Map<String, List<RoleAssessmentView>> assessments = new HashMap<>();
        jdbc.sql("""
                        SELECT a.* FROM gate_review_assessment a JOIN gate_review r ON r.review_id = a.review_id
                        WHERE r.pilot_id = ? ORDER BY a.assessed_at, a.role, a.signal""")
                .param(query.pilotId()).query((ResultSet rs) -> {
                    assessments.computeIfAbsent(rs.getString("review_id"), id -> new ArrayList<>())
                            .add(new RoleAssessmentView(StakeholderRole.valueOf(rs.getString("role")),
                                    rs.getString("participant"), ScaleReadinessSignal.valueOf(rs.getString("signal")),
                                    SignalStatus.valueOf(rs.getString("status")), rs.getString("evidence"),
                                    rs.getString("recorded_by"), Sql.instant(rs, "assessed_at")));
                });
        List<GateReviewView> reviews = jdbc.sql(
                        "SELECT * FROM gate_review WHERE pilot_id = ? ORDER BY convened_at DESC, review_id")
                .param(query.pilotId())
                .query((rs, row) -> review(rs, assessments.getOrDefault(rs.getString("review_id"), List.of())))
                .list();
        List<GapClosurePlanView> plans = jdbc.sql(
                        "SELECT * FROM gap_closure_plan WHERE pilot_id = ? ORDER BY due_at, plan_id")
                .param(query.pilotId())
                .query((rs, row) -> new GapClosurePlanView(rs.getString("plan_id"), rs.getString("review_id"),
                        ScaleReadinessSignal.valueOf(rs.getString("signal")), rs.getString("action"),
                        rs.getString("owner"), Sql.instant(rs, "due_at"),
                        new Money(rs.getBigDecimal("investment"), rs.getString("currency")), rs.getBoolean("overdue"),
                        Sql.instant(rs, "completed_at"), rs.getString("completed_by"),
                        rs.getString("completion_evidence")))
                .list();
        return new GateReviews(query.pilotId(), reviews, plans);
    }

    /**
     * Per listed pilot with a review: one open, the latest concluded outcome, and an overdue plan not yet completed.
     * The pilots of one board page (at most a few hundred) are asked in one go.
     */
    @QueryHandler
    public GateReviewStandings find(FindGateReviewStandings query) {
        Map<String, GateReviewStanding> standings = new HashMap<>();
        if (query.pilotIds().isEmpty()) {
            return new GateReviewStandings(standings);
        }
        jdbc.sql("""
                        SELECT r.pilot_id,
                            MAX(CASE WHEN r.outcome IS NULL THEN 1 ELSE 0 END) AS open_reviews,
                            (SELECT c.outcome FROM gate_review c WHERE c.pilot_id = r.pilot_id
                                AND c.outcome IS NOT NULL ORDER BY c.concluded_at DESC, c.review_id DESC
                                FETCH FIRST 1 ROWS ONLY) AS latest_outcome,
                            (SELECT COUNT(*) FROM gap_closure_plan p WHERE p.pilot_id = r.pilot_id AND p.overdue
                                AND p.completed_at IS NULL) AS overdue_plans
                        FROM gate_review r WHERE r.pilot_id IN (:ids) GROUP BY r.pilot_id""")
                .param("ids", query.pilotIds()).query((ResultSet rs) -> {
                    String pilotId = rs.getString("pilot_id");
                    standings.put(pilotId, new GateReviewStanding(pilotId, rs.getInt("open_reviews") > 0,
                            Sql.enumValue(GateReviewOutcome.class, rs.getString("latest_outcome")),
                            rs.getLong("overdue_plans") > 0));
                });
        return new GateReviewStandings(standings);
    }

    private static GateReviewView review(ResultSet rs, List<RoleAssessmentView> assessments) throws SQLException {
        Map<StakeholderRole, String> participants = new EnumMap<>(StakeholderRole.class);
        for (StakeholderRole role : StakeholderRole.values()) {
            participants.put(role, rs.getString(role.name().toLowerCase()));
        }
        Map<ScaleReadinessSignal, SignalStatus> signals =
                ConclusionColumns.signalStatuses(rs.getString("signal_statuses"));
        List<StakeholderRole> rolesNotAssessed = ConclusionColumns.roles(rs.getString("roles_not_assessed"));
        return new GateReviewView(rs.getString("review_id"), participants, rs.getString("convened_by"),
                Sql.instant(rs, "convened_at"), assessments,
                Sql.enumValue(GateReviewOutcome.class, rs.getString("outcome")), signals, rolesNotAssessed,
                rs.getString("concluded_by"), Sql.instant(rs, "concluded_at"));
    }
}
