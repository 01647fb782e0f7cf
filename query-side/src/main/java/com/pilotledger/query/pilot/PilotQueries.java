package com.pilotledger.query.pilot;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.ComparedPilot;
import com.pilotledger.api.portfolio.Decision;
import com.pilotledger.api.portfolio.DecisionKind;
import com.pilotledger.api.portfolio.DomainReading;
import com.pilotledger.api.portfolio.FindPilotComparison;
import com.pilotledger.api.portfolio.FindPilotDetail;
import com.pilotledger.api.portfolio.MetricPoint;
import com.pilotledger.api.portfolio.PilotComparison;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.portfolio.Recommendation;
import com.pilotledger.query.portfolio.BoardRows;
import com.pilotledger.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers the pilot detail and the side-by-side comparison of chosen pilots. */
@Component
public class PilotQueries {

    private final JdbcTemplate jdbc;
    private final BoardRows boardRows;

    public PilotQueries(JdbcTemplate jdbc, BoardRows boardRows) {
        this.jdbc = jdbc;
        this.boardRows = boardRows;
    }

    @QueryHandler
    public Optional<PilotDetail> find(FindPilotDetail query) {
        return summary(query.pilotId()).flatMap(summary -> jdbc.query(
                "SELECT * FROM pilot_case WHERE pilot_id = ?",
                (rs, n) -> new PilotDetail(summary, rs.getString("problem_statement"), rs.getString("baseline_metric"),
                        rs.getString("target_metric"), rs.getString("kill_criteria"), rs.getString("registered_by"),
                        Sql.instant(rs, "registered_at"), recommendation(rs), List.copyOf(readings(summary.pilotId()).values()),
                        decisions(summary.pilotId()), metrics(summary.pilotId())),
                query.pilotId()).stream().findFirst());
    }

    @QueryHandler
    public PilotComparison find(FindPilotComparison query) {
        List<ComparedPilot> pilots = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String pilotId : query.pilotIds()) {
            Optional<ComparedPilot> compared = summary(pilotId).flatMap(summary -> jdbc.query(
                    "SELECT * FROM pilot_case WHERE pilot_id = ?",
                    (rs, n) -> new ComparedPilot(summary, recommendation(rs), readings(pilotId)),
                    pilotId).stream().findFirst());
            compared.ifPresentOrElse(pilots::add, () -> missing.add(pilotId));
        }
        return new PilotComparison(pilots, missing);
    }

    private Optional<BoardRow> summary(String pilotId) {
        return jdbc.query(BoardRows.SELECT + " WHERE pilot_id = ?", boardRows, pilotId).stream().findFirst();
    }

    private static Recommendation recommendation(ResultSet rs) throws SQLException {
        String posture = rs.getString("recommended_posture");
        if (posture == null) {
            return null;
        }
        String domains = rs.getString("deciding_domains");
        return new Recommendation(Posture.valueOf(posture), rs.getString("policy_version"),
                domains == null || domains.isEmpty() ? List.of()
                        : Arrays.stream(domains.split(",")).map(StabilizationDomain::valueOf).toList(),
                rs.getString("recommendation_reason"), Sql.instant(rs, "recommended_since"));
    }

    /** The latest reading of each domain that has one, in the order the domains are declared. */
    private Map<StabilizationDomain, DomainReading> readings(String pilotId) {
        Map<StabilizationDomain, DomainReading> readings = new EnumMap<>(StabilizationDomain.class);
        jdbc.query("SELECT * FROM pilot_reading WHERE pilot_id = ?", rs -> {
            StabilizationDomain domain = StabilizationDomain.valueOf(rs.getString("domain"));
            String metricName = rs.getString("metric_name");
            Metric metric = metricName == null ? null
                    : new Metric(metricName, rs.getBigDecimal("metric_value"), rs.getString("metric_unit"));
            readings.put(domain, new DomainReading(domain, ReadinessLevel.valueOf(rs.getString("level")),
                    rs.getString("evidence"), rs.getString("source"), Sql.instant(rs, "observed_at"), metric,
                    rs.getString("recorded_by"), Sql.instant(rs, "recorded_at")));
        }, pilotId);
        return readings;
    }

    private List<MetricPoint> metrics(String pilotId) {
        return jdbc.query("SELECT * FROM pilot_metric WHERE pilot_id = ? ORDER BY name, observed_at, event_position",
                (rs, n) -> new MetricPoint(rs.getString("name"), rs.getBigDecimal("metric_value"), rs.getString("unit"),
                        StabilizationDomain.valueOf(rs.getString("domain")), Sql.instant(rs, "observed_at")),
                pilotId);
    }

    private List<Decision> decisions(String pilotId) {
        return jdbc.query("SELECT * FROM pilot_decision WHERE pilot_id = ? ORDER BY event_position",
                (rs, n) -> {
                    String currency = rs.getString("currency");
                    return new Decision(DecisionKind.valueOf(rs.getString("kind")), rs.getString("request_id"),
                            Sql.enumValue(Posture.class, rs.getString("posture")),
                            currency == null ? null : new Money(rs.getBigDecimal("capital"), currency),
                            rs.getString("scope"), rs.getString("conditions"), rs.getString("rationale"),
                            Sql.enumValue(Posture.class, rs.getString("recommended_posture")),
                            rs.getBoolean("is_override"), rs.getString("override_justification"),
                            rs.getString("decided_by"),
                            Holders.authority(rs.getString("decider_holder"), rs.getBigDecimal("decider_limit"), currency),
                            rs.getString("approved_by"),
                            Holders.authority(rs.getString("approver_holder"), rs.getBigDecimal("approver_limit"), currency),
                            Sql.instant(rs, "decided_at"));
                },
                pilotId);
    }
}
