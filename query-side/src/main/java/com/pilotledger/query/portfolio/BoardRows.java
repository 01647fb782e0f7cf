package com.pilotledger.query.portfolio;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.ninetyday.NinetyDayReviewStatus;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.policy.DeploymentEvidence;
import com.pilotledger.query.support.Sql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads board rows; the one place that knows how a {@code board_pilot} row, or one of its versions in
 * {@code board_pilot_version}, becomes a {@link BoardRow}.
 */
@Component
public class BoardRows implements RowMapper<BoardRow> {

    /**
     * A pilot's views are stale while any processing group holds a parked event of its sequence (the dead letters of
     * Axon's queue are keyed by pilot, see the app's PerPilotSequencingPolicy).
     */
    public static final String SELECT = select("board_pilot");

    /** The versions of the board rows, with {@link #inForce} choosing those in force at an instant. */
    public static final String VERSIONS = "board_pilot_version";

    /**
     * The columns of a version that the board and the capital filter, sort and add up as of an instant, and the key
     * of its row: on PostgreSQL the indexes that find the versions in force hold them too (V26), so those versions
     * are read from the indexes alone.
     */
    private static final String IN_FORCE_COLUMNS = "event_position, pilot_id, business_unit, operational_owner, "
            + "authorized_posture, recommended_posture, status, name_key, sponsor, authorized_rank, recommended_rank, "
            + "capital_requested, capital_authorized, capital_committed, capital_frozen, posture_since, registered_at";

    /** The open versions begun by the instant, and the closed ones in force then among those of its span keys. */
    private static final String OPEN = "valid_to IS NULL AND valid_from <= :asOf";
    private static final String CLOSED = "span_key IN (:spans) AND valid_from <= :asOf AND valid_to > :asOf";

    /**
     * The condition on {@link #VERSIONS} that keeps the versions in force at the instant (begun at or before it and
     * not ended by then), its values bound in the parameters: the open versions begun by then, and the closed ones
     * among those whose span keys can hold the instant (see {@link VersionSpans}).
     */
    public static String inForce(Instant asOf, MapSqlParameterSource params) {
        bind(asOf, params);
        return "((" + OPEN + ") OR (" + CLOSED + "))";
    }

    /**
     * The versions in force at the instant that meet the conditions (on {@link #VERSIONS}), with the
     * {@link #IN_FORCE_COLUMNS} only: the open ones and the closed ones as two queries, each served by an index of its
     * own that holds those columns. One condition with an OR, as in {@link #inForce}, would visit the table for every
     * version in force, each on a page of its own: at ten thousand pilots, a few thousand pages for one board page.
     */
    public static String inForceRows(Instant asOf, List<String> conditions, MapSqlParameterSource params) {
        bind(asOf, params);
        String met = conditions.stream().map(condition -> " AND " + condition).collect(Collectors.joining());
        return "SELECT " + IN_FORCE_COLUMNS + " FROM " + VERSIONS + " WHERE " + OPEN + met
                + " UNION ALL SELECT " + IN_FORCE_COLUMNS + " FROM " + VERSIONS + " WHERE " + CLOSED + met;
    }

    private static void bind(Instant asOf, MapSqlParameterSource params) {
        params.addValue("asOf", Sql.timestamp(asOf));
        params.addValue("spans", VersionSpans.keysAt(asOf));
    }

    /**
     * Board rows from a table of board rows, today's or their versions; staleness is today's in both. The 90-day review
     * (of the pilot's latest scale decision) is today's, so only today's rows carry it.
     */
    public static String select(String table) {
        return selectFrom(table, table);
    }

    /**
     * Board rows from a query of a table of board rows ({@code SELECT ... FROM table ...}), under the table's name:
     * staleness and review are looked up for the rows the query returns only, not for every row a page skips.
     */
    static String select(String table, String query) {
        return selectFrom(table, "(" + query + ") " + table);
    }

    private static String selectFrom(String table, String from) {
        String review = !table.equals("board_pilot") ? "NULL" : "(SELECT r.status FROM ninety_day_review r "
                + "WHERE r.pilot_id = board_pilot.pilot_id ORDER BY r.authorized_at DESC, r.request_id LIMIT 1)";
        return "SELECT " + table + ".*, EXISTS (SELECT 1 FROM dead_letter_entry "
                + "WHERE dead_letter_entry.sequence_identifier = " + table + ".pilot_id) AS stale, "
                + review + " AS ninety_day_review FROM " + from;
    }

    private final Clock clock;

    public BoardRows(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BoardRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        return row(rs, clock.instant());
    }

    /** Rows as of an instant (null: now), their days in posture counted up to that instant. */
    public RowMapper<BoardRow> asOf(Instant asOf) {
        return asOf == null ? this : (rs, rowNum) -> row(rs, asOf);
    }

    private BoardRow row(ResultSet rs, Instant now) throws SQLException {
        Map<StabilizationDomain, ReadinessLevel> readings = new EnumMap<>(StabilizationDomain.class);
        for (StabilizationDomain domain : StabilizationDomain.values()) {
            ReadinessLevel level = Sql.enumValue(ReadinessLevel.class, rs.getString(domain.name().toLowerCase()));
            if (level != null) {
                readings.put(domain, level);
            }
        }
        PilotStatus status = PilotStatus.valueOf(rs.getString("status"));
        Posture authorized = Posture.valueOf(rs.getString("authorized_posture"));
        Posture recommended = Posture.valueOf(rs.getString("recommended_posture"));
        String currency = rs.getString("currency");
        Instant postureSince = Sql.instant(rs, "posture_since");
        Instant lastBreachAt = Sql.instant(rs, "last_breach_at");
        // The same 48 hours as policy version 2's "no breached threshold in the last 48 hours", up to the board's instant.
        boolean recentBreach = lastBreachAt != null
                && lastBreachAt.isAfter(now.minus(DeploymentEvidence.BREACH_FREE_WINDOW));
        return new BoardRow(rs.getString("pilot_id"), rs.getString("name"), rs.getString("business_unit"),
                rs.getString("sponsor"), rs.getString("operational_owner"), status, authorized, recommended,
                status != PilotStatus.KILLED && authorized != recommended, readings,
                new Money(rs.getBigDecimal("capital_requested"), currency),
                new Money(rs.getBigDecimal("capital_authorized"), currency),
                new Money(rs.getBigDecimal("capital_committed"), currency), rs.getBoolean("capital_frozen"),
                postureSince, Math.max(0, Duration.between(postureSince, now).toDays()),
                Sql.instant(rs, "registered_at"), rs.getBoolean("stale"),
                Sql.enumValue(NinetyDayReviewStatus.class, rs.getString("ninety_day_review")),
                recentBreach ? rs.getString("last_breach") : null, rs.getString("kill_criteria_met"));
    }
}
