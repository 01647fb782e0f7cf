package com.pilotledger.query.portfolio;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.BoardFilter;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.BoardSort;
import com.pilotledger.api.portfolio.FindPortfolioBoard;
import com.pilotledger.api.portfolio.PortfolioBoard;
import com.pilotledger.api.portfolio.PostureTotal;
import com.pilotledger.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the portfolio board: one filtered, sorted page of pilots and the totals per posture of all that match, today
 * from the board rows or, as of an instant, from the versions of the rows in force then (same filters, sort, totals).
 */
@Component
public class BoardQueries {

    /** Each sort's column; V21 indexes each, alone and after the business unit, posture and status filters. */
    private static final Map<BoardSort, String> ORDER = Map.of(
            BoardSort.NAME, "name_key",
            BoardSort.BUSINESS_UNIT, "business_unit",
            BoardSort.OWNER, "operational_owner",
            BoardSort.AUTHORIZED_POSTURE, "authorized_rank",
            BoardSort.RECOMMENDED_POSTURE, "recommended_rank",
            BoardSort.CAPITAL_REQUESTED, "capital_requested",
            BoardSort.CAPITAL_AUTHORIZED, "capital_authorized",
            // An earlier start in the posture means more days in it.
            BoardSort.DAYS_IN_POSTURE, "posture_since",
            BoardSort.REGISTERED_AT, "registered_at");

    private final JdbcClient jdbc;
    private final BoardRows rows;
    private final String portfolioCurrency;

    public BoardQueries(JdbcClient jdbc, BoardRows rows,
                        @Value("${pilot-ledger.portfolio.currency:USD}") String portfolioCurrency) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.portfolioCurrency = portfolioCurrency;
    }

    @QueryHandler
    public PortfolioBoard find(FindPortfolioBoard query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Instant asOf = query.asOf();
        String table = asOf == null ? "board_pilot" : BoardRows.VERSIONS;
        List<String> conditions = conditions(query.filter(), table, params);
        // The matching rows under the table's name: today's, or the versions in force at the instant.
        String matching = asOf == null ? table + where(conditions)
                : "(" + BoardRows.inForceRows(asOf, conditions, params) + ") " + table;
        // The tie-break follows the sort's direction, so one index read forwards or backwards gives the whole order.
        boolean descending = query.sort() == BoardSort.DAYS_IN_POSTURE ? !query.descending() : query.descending();
        String direction = descending ? " DESC" : " ASC";
        String order = " ORDER BY " + ORDER.get(query.sort()) + direction + ", pilot_id" + direction;
        String page = order + Sql.page(query.page(), query.size());
        // As of an instant, the page is chosen among the columns the in-force versions were read with; only the
        // chosen versions are then read whole.
        String chosen = asOf == null ? "SELECT * FROM " + matching + page
                : "SELECT v.* FROM " + table + " v JOIN (SELECT event_position FROM " + matching + page
                + ") p ON v.event_position = p.event_position";
        List<BoardRow> shown = jdbc.sql(BoardRows.select(table, chosen) + order).paramSource(params)
                .query(rows.asOf(asOf)).list();
        // The kept totals hold every group the filter can name; others (and the past) group the matching rows, in one
        // pass for both the number of matching pilots and the totals per posture.
        String grouped = keptTotalsCover(query) ? "SELECT authorized_posture, status = 'KILLED' AS killed, "
                + "SUM(pilots) AS pilots, SUM(capital_requested) AS requested, SUM(capital_authorized) AS authorized "
                + "FROM board_total" + where(conditions) + " GROUP BY authorized_posture, status = 'KILLED'"
                : "SELECT authorized_posture, status = 'KILLED' AS killed, COUNT(*) AS pilots, SUM(capital_requested) "
                + "AS requested, SUM(capital_authorized) AS authorized FROM " + matching
                + " GROUP BY authorized_posture, status = 'KILLED'";
        List<PostureGroup> groups = jdbc.sql(grouped).paramSource(params)
                .query((rs, n) -> new PostureGroup(Posture.valueOf(rs.getString("authorized_posture")),
                        rs.getBoolean("killed"), rs.getLong("pilots"), rs.getBigDecimal("requested"),
                        rs.getBigDecimal("authorized")))
                .list();
        return new PortfolioBoard(shown, query.page(), query.size(),
                groups.stream().mapToLong(PostureGroup::pilots).sum(), totals(groups));
    }

    /** Today's board filtered on nothing but business unit, posture and status: the columns of board_total. */
    private static boolean keptTotalsCover(FindPortfolioBoard query) {
        BoardFilter filter = query.filter();
        return query.asOf() == null && filter.owner() == null && filter.ownedBy() == null
                && filter.divergent() == null && (filter.text() == null || filter.text().isBlank());
    }

    /** Matching pilots of one authorized posture, killed or not. */
    private record PostureGroup(Posture posture, boolean killed, long pilots, BigDecimal requested,
                                BigDecimal authorized) {
    }

    /** Totals per posture over every matching pilot still in the portfolio (killed pilots stand in no posture). */
    private List<PostureTotal> totals(List<PostureGroup> groups) {
        Map<Posture, PostureTotal> byPosture = new EnumMap<>(Posture.class);
        for (Posture posture : Posture.values()) {
            byPosture.put(posture, new PostureTotal(posture, 0, money(BigDecimal.ZERO), money(BigDecimal.ZERO)));
        }
        // A kept group its last pilot left counts zero: shown as a posture nobody stands in.
        groups.stream().filter(group -> !group.killed() && group.pilots() > 0).forEach(group -> byPosture.put(group.posture(),
                new PostureTotal(group.posture(), group.pilots(), money(group.requested()),
                        money(group.authorized()))));
        return new ArrayList<>(byPosture.values());
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, portfolioCurrency);
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static List<String> conditions(BoardFilter filter, String table, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.businessUnit() != null) {
            conditions.add("business_unit = :businessUnit");
            params.addValue("businessUnit", filter.businessUnit());
        }
        if (filter.owner() != null) {
            conditions.add("operational_owner = :owner");
            params.addValue("owner", filter.owner());
        }
        if (filter.ownedBy() != null) {
            conditions.add("EXISTS (SELECT 1 FROM pilot_owner o WHERE o.username = :ownedBy AND o.pilot_id = "
                    + table + ".pilot_id)");
            params.addValue("ownedBy", filter.ownedBy());
        }
        if (filter.posture() != null) {
            conditions.add("authorized_posture = :posture");
            params.addValue("posture", filter.posture().name());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.divergent() != null) {
            conditions.add(filter.divergent()
                    ? "(authorized_posture <> recommended_posture AND status <> 'KILLED')"
                    : "(authorized_posture = recommended_posture OR status = 'KILLED')");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(name_key LIKE :text OR LOWER(sponsor) LIKE :text OR LOWER(operational_owner) LIKE :text)");
            params.addValue("text", "%" + filter.text().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return conditions;
    }
}
