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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the pilot detail and the side-by-side comparison of chosen pilots, today or as of an instant. As of T a
 * pilot is its board row in force at T, the recommendation given last at or before T, per domain the reading observed
 * last at or before T (a tie won by the later event; "as known on" T1 keeps only readings recorded by T1), and the
 * decisions and metrics up to T. A pilot not yet registered at T is not found.
 */
@Component
public class PilotQueries {

    private static final String READING_ORDER = " ORDER BY observed_at DESC, sequence_number DESC";

    private final JdbcClient jdbc;
    private final BoardRows boardRows;

    public PilotQueries(JdbcClient jdbc, BoardRows boardRows) {
        this.jdbc = jdbc;
        this.boardRows = boardRows;
    }

    @QueryHandler
    public Optional<PilotDetail> find(FindPilotDetail query) {
        // Known on a day and asked about no other instant: the pilot as it stood, and was known, that day.
        Instant asOf = query.asOf() != null ? query.asOf() : query.knownOn();
        Instant knownOn = query.knownOn();
        return summary(query.pilotId(), asOf).flatMap(summary -> jdbc.sql(
                "SELECT * FROM pilot_case WHERE pilot_id = ?").param(query.pilotId()).query(
                (rs, n) -> new PilotDetail(summary, rs.getString("problem_statement"), rs.getString("baseline_metric"),
                        rs.getString("target_metric"), rs.getString("kill_criteria"), rs.getString("registered_by"),
                        Sql.instant(rs, "registered_at"), recommendation(rs, summary.pilotId(), asOf),
                        List.copyOf(readings(summary.pilotId(), asOf, knownOn).values()),
                        decisions(summary.pilotId(), asOf), metrics(summary.pilotId(), asOf, knownOn),
                        history(summary.pilotId(), asOf, knownOn), owners(summary.pilotId())))
                .optional());
    }

    @QueryHandler
    public PilotComparison find(FindPilotComparison query) {
        List<ComparedPilot> pilots = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String pilotId : query.pilotIds()) {
            Optional<ComparedPilot> compared = summary(pilotId, query.asOf()).flatMap(summary -> jdbc.sql(
                    "SELECT * FROM pilot_case WHERE pilot_id = ?").param(pilotId).query(
                    (rs, n) -> new ComparedPilot(summary, recommendation(rs, pilotId, query.asOf()),
                            readings(pilotId, query.asOf(), null)))
                    .optional());
            compared.ifPresentOrElse(pilots::add, () -> missing.add(pilotId));
        }
        return new PilotComparison(pilots, missing);
    }

    /** Today's owners, whatever the instant asked about: they decide who records evidence now. */
    private List<String> owners(String pilotId) {
        return jdbc.sql("SELECT username FROM pilot_owner WHERE pilot_id = ? ORDER BY username").param(pilotId)
                .query(String.class).list();
    }

    private Optional<BoardRow> summary(String pilotId, Instant asOf) {
        if (asOf == null) {
            return jdbc.sql(BoardRows.SELECT + " WHERE pilot_id = ?").param(pilotId).query(boardRows).optional();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("pilotId", pilotId);
        String inForce = BoardRows.inForce(asOf, params);
        return jdbc.sql(BoardRows.select(BoardRows.VERSIONS) + " WHERE pilot_id = :pilotId AND " + inForce)
                .paramSource(params).query(boardRows.asOf(asOf)).optional();
    }

    /** Today's recommendation is on the case row; the one in force at an instant is the last given by then. */
    private Recommendation recommendation(ResultSet current, String pilotId, Instant asOf) throws SQLException {
        if (asOf == null) {
            return recommendation(current, "recommended_since");
        }
        return jdbc.sql("SELECT * FROM pilot_recommendation WHERE pilot_id = ? AND changed_at <= ? "
                        + "ORDER BY changed_at DESC, sequence_number DESC LIMIT 1")
                .params(pilotId, Sql.timestamp(asOf)).query((rs, n) -> recommendation(rs, "changed_at")).optional()
                .orElse(null);
    }

    private static Recommendation recommendation(ResultSet rs, String sinceColumn) throws SQLException {
        String posture = rs.getString("recommended_posture");
        if (posture == null) {
            return null;
        }
        return new Recommendation(Posture.valueOf(posture), rs.getString("policy_version"),
                DecidingDomains.of(rs.getString("deciding_domains")), rs.getString("recommendation_reason"),
                Sql.instant(rs, sinceColumn));
    }

    /** The reading that counts in each domain that has one, in the order the domains are declared. */
    private Map<StabilizationDomain, DomainReading> readings(String pilotId, Instant asOf, Instant knownOn) {
        Map<StabilizationDomain, DomainReading> readings = new EnumMap<>(StabilizationDomain.class);
        if (asOf == null && knownOn == null) {
            jdbc.sql("SELECT * FROM pilot_reading WHERE pilot_id = ?").param(pilotId).query((rs, n) -> reading(rs))
                    .list().forEach(reading -> readings.put(reading.domain(), reading));
        } else {
            // Latest observation first: the first reading seen of a domain is the one that counts.
            history(pilotId, asOf, knownOn).forEach(reading -> readings.putIfAbsent(reading.domain(), reading));
        }
        return readings;
    }

    /** Every reading observed by asOf and recorded by knownOn (either null: no bound), latest observation first. */
    private List<DomainReading> history(String pilotId, Instant asOf, Instant knownOn) {
        MapSqlParameterSource params = new MapSqlParameterSource("pilotId", pilotId);
        return jdbc.sql("SELECT * FROM pilot_signal WHERE pilot_id = :pilotId"
                        + bound("observed_at", "asOf", asOf, params) + bound("recorded_at", "knownOn", knownOn, params)
                        + READING_ORDER)
                .paramSource(params).query((rs, n) -> reading(rs)).list();
    }

    private static DomainReading reading(ResultSet rs) throws SQLException {
        StabilizationDomain domain = StabilizationDomain.valueOf(rs.getString("domain"));
        String metricName = rs.getString("metric_name");
        Metric metric = metricName == null ? null
                : new Metric(metricName, rs.getBigDecimal("metric_value"), rs.getString("metric_unit"));
        return new DomainReading(domain, ReadinessLevel.valueOf(rs.getString("level")), rs.getString("evidence"),
                rs.getString("source"), Sql.instant(rs, "observed_at"), metric, rs.getString("recorded_by"),
                Sql.instant(rs, "recorded_at"));
    }

    private List<MetricPoint> metrics(String pilotId, Instant asOf, Instant knownOn) {
        MapSqlParameterSource params = new MapSqlParameterSource("pilotId", pilotId);
        String known = knownOn == null ? "" : " AND m.sequence_number IN (SELECT sequence_number FROM pilot_signal "
                + "WHERE pilot_id = :pilotId" + bound("recorded_at", "knownOn", knownOn, params) + ")";
        return jdbc.sql("SELECT m.* FROM pilot_metric m WHERE m.pilot_id = :pilotId"
                        + bound("m.observed_at", "asOf", asOf, params) + known
                        + " ORDER BY m.name, m.observed_at, m.sequence_number")
                .paramSource(params).query((rs, n) -> new MetricPoint(rs.getString("name"),
                        rs.getBigDecimal("metric_value"), rs.getString("unit"),
                        StabilizationDomain.valueOf(rs.getString("domain")), Sql.instant(rs, "observed_at")))
                .list();
    }

    private List<Decision> decisions(String pilotId, Instant asOf) {
        MapSqlParameterSource params = new MapSqlParameterSource("pilotId", pilotId);
        return jdbc.sql("SELECT * FROM pilot_decision WHERE pilot_id = :pilotId"
                        + bound("decided_at", "asOf", asOf, params) + " ORDER BY sequence_number")
                .paramSource(params).query((rs, n) -> {
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
                }).list();
    }

    /** " AND column <= :name" when the instant is given (and binds it), nothing when it is not. */
    private static String bound(String column, String name, Instant instant, MapSqlParameterSource params) {
        if (instant == null) {
            return "";
        }
        params.addValue(name, Sql.timestamp(instant));
        return " AND " + column + " <= :" + name;
    }
}
