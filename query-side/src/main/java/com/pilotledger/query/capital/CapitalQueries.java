package com.pilotledger.query.capital;

import com.pilotledger.api.capital.ApprovalLimitView;
import com.pilotledger.api.capital.ApprovalLimits;
import com.pilotledger.api.capital.ApprovalsInbox;
import com.pilotledger.api.capital.CapitalShare;
import com.pilotledger.api.capital.CapitalView;
import com.pilotledger.api.capital.DecisionRights;
import com.pilotledger.api.capital.FindApprovalsInbox;
import com.pilotledger.api.capital.FindCapitalView;
import com.pilotledger.api.capital.FindDecisionRights;
import com.pilotledger.api.capital.FindInvestmentRequest;
import com.pilotledger.api.capital.FindPendingApprovals;
import com.pilotledger.api.capital.HolderKind;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.PendingApprovals;
import com.pilotledger.api.capital.RequestStatus;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.query.portfolio.BoardRows;
import com.pilotledger.query.support.JsonColumn;
import com.pilotledger.query.support.Sql;
import com.fasterxml.jackson.core.type.TypeReference;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the capital view (today, or as of an instant), the decision rights, one request, and the approvals inbox of
 * one user. As of T, what the pilots hold comes from their board rows in force at T, the budget is the last set by T,
 * and reserved is the sum of the reservations held at T (made by then and not yet committed or released).
 */
@Component
public class CapitalQueries {

    private static final String REQUESTS = """
            SELECT r.*, p.name AS pilot_name FROM capital_request r
            LEFT JOIN capital_pilot p ON p.pilot_id = r.pilot_id""";

    /** Why a request was refused, by name, as the command side stated it (V23: a JSON object). */
    private static final TypeReference<LinkedHashMap<String, String>> FACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final String portfolioCurrency;

    public CapitalQueries(JdbcClient jdbc, @Value("${pilot-ledger.portfolio.currency:USD}") String portfolioCurrency) {
        this.jdbc = jdbc;
        this.portfolioCurrency = portfolioCurrency;
    }

    @QueryHandler
    public CapitalView find(FindCapitalView query) {
        Instant asOf = query.asOf();
        MapSqlParameterSource at = new MapSqlParameterSource();
        // What each pilot held of the pool then, under the names of capital_pilot's columns.
        String pilots = asOf == null ? "capital_pilot" : "(SELECT authorized_posture, business_unit, capital_committed "
                + "AS committed, capital_frozen AS frozen FROM (" + BoardRows.inForceRows(asOf, List.of(), at)
                + ") v) pilots";
        BigDecimal budget = jdbc.sql(asOf == null ? "SELECT budget FROM capital_settings"
                        : "SELECT budget FROM capital_budget WHERE set_at <= :asOf "
                        + "ORDER BY set_at DESC, event_position DESC LIMIT 1")
                .paramSource(at).query(BigDecimal.class).optional().orElse(null);
        BigDecimal committed = sum("SELECT SUM(committed) FROM " + pilots, at);
        BigDecimal frozen = sum("SELECT SUM(committed) FROM " + pilots + " WHERE frozen = TRUE", at);
        BigDecimal reserved = sum(asOf == null ? "SELECT SUM(reserved) FROM capital_request"
                : "SELECT SUM(reservation) FROM capital_request WHERE reserved_at <= :asOf "
                + "AND (released_at IS NULL OR released_at > :asOf)", at);
        BigDecimal available = budget == null ? BigDecimal.ZERO : budget.subtract(committed).subtract(reserved);
        return new CapitalView(budget == null ? null : money(budget), money(committed), money(frozen), money(reserved),
                money(available), byPosture(pilots, at), shares("business_unit", pilots, at));
    }

    @QueryHandler
    public DecisionRights find(FindDecisionRights query) {
        List<ApprovalLimitView> limits = jdbc.sql("SELECT * FROM approval_limit ORDER BY holder_kind, amount DESC")
                .query((rs, n) -> new ApprovalLimitView(holder(rs), money(rs.getBigDecimal("amount")),
                        rs.getString("set_by"), rs.getString("reason"), Sql.instant(rs, "set_at"))).list();
        return jdbc.sql("SELECT * FROM capital_settings").query(rs -> {
            if (!rs.next()) {
                return new DecisionRights(null, null, null, limits);
            }
            BigDecimal budget = rs.getBigDecimal("budget");
            BigDecimal threshold = rs.getBigDecimal("four_eyes_threshold");
            String window = rs.getString("approval_window");
            return new DecisionRights(budget == null ? null : money(budget),
                    threshold == null ? null : money(threshold), window == null ? null : Duration.parse(window),
                    limits);
        });
    }

    @QueryHandler
    public Optional<InvestmentRequestView> find(FindInvestmentRequest query) {
        return jdbc.sql(REQUESTS + " WHERE r.request_id = ?").param(query.requestId()).query(this::request)
                .optional();
    }

    /** Requests waiting for a second approval that this user did not make and has the authority to decide. */
    @QueryHandler
    public ApprovalsInbox find(FindApprovalsInbox query) {
        Map<String, BigDecimal> byRole = new HashMap<>();
        Map<String, BigDecimal> byUser = new HashMap<>();
        jdbc.sql("SELECT holder_kind, holder, amount FROM approval_limit").query((ResultSet rs) -> {
            (HolderKind.valueOf(rs.getString("holder_kind")) == HolderKind.ROLE ? byRole : byUser)
                    .put(rs.getString("holder"), rs.getBigDecimal("amount"));
        });
        BigDecimal limit = new ApprovalLimits(byRole, byUser).limitOf(query.username(), query.roles())
                .map(Map.Entry::getValue).orElse(BigDecimal.ZERO);
        return new ApprovalsInbox(jdbc.sql(REQUESTS + " WHERE r.status = ? AND r.maker <> ? AND r.total <= ?"
                        + " ORDER BY r.requested_at, r.request_id")
                .params(RequestStatus.AWAITING_APPROVAL.name(), query.username(), limit).query(this::request).list());
    }

    @QueryHandler
    public PendingApprovals find(FindPendingApprovals query) {
        return new PendingApprovals(jdbc.sql(REQUESTS + " WHERE r.status = ? ORDER BY r.requested_at, r.request_id")
                .param(RequestStatus.AWAITING_APPROVAL.name()).query(this::request).list());
    }

    private InvestmentRequestView request(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        Map<String, String> facts = JsonColumn.value(rs.getString("facts"), FACTS);
        return new InvestmentRequestView(rs.getString("request_id"), rs.getString("pilot_id"), rs.getString("pilot_name"),
                Posture.valueOf(rs.getString("posture")), new Money(rs.getBigDecimal("total"), currency),
                new Money(rs.getBigDecimal("reserved"), currency), rs.getString("maker"),
                RequestStatus.valueOf(rs.getString("status")), rs.getBoolean("second_approval_required"),
                rs.getString("decided_by"), Sql.enumValue(ErrorCode.class, rs.getString("code")),
                rs.getString("reason"), facts == null ? Map.of() : facts,
                Sql.instant(rs, "requested_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "decided_at"),
                rs.getString("scope"), rs.getString("conditions"), rs.getString("rationale"),
                Sql.enumValue(Posture.class, rs.getString("recommended_posture")), rs.getBoolean("is_override"),
                rs.getString("override_justification"), KpiProjectionsColumn.parse(rs.getString("kpi_projections")));
    }

    /** Every posture, also those holding nothing. */
    private List<CapitalShare> byPosture(String pilots, MapSqlParameterSource at) {
        Map<Posture, CapitalShare> shares = new EnumMap<>(Posture.class);
        for (Posture posture : Posture.values()) {
            shares.put(posture, new CapitalShare(posture.name(), money(BigDecimal.ZERO), money(BigDecimal.ZERO), 0));
        }
        shares("authorized_posture", pilots, at).forEach(share -> shares.put(Posture.valueOf(share.group()), share));
        return new ArrayList<>(shares.values());
    }

    /** The column is one of two fixed names, never input; the pilots are today's or those in force at :asOf. */
    private List<CapitalShare> shares(String column, String pilots, MapSqlParameterSource at) {
        return jdbc.sql("SELECT " + column + " AS grp, SUM(committed) AS committed, "
                        + "SUM(CASE WHEN frozen = TRUE THEN committed ELSE 0 END) AS frozen, "
                        + "SUM(CASE WHEN committed > 0 THEN 1 ELSE 0 END) AS pilots "
                        + "FROM " + pilots + " GROUP BY " + column + " ORDER BY " + column)
                .paramSource(at).query((rs, n) -> new CapitalShare(rs.getString("grp"),
                        money(rs.getBigDecimal("committed")), money(rs.getBigDecimal("frozen")), rs.getLong("pilots")))
                .list();
    }

    private BigDecimal sum(String sql, MapSqlParameterSource at) {
        return jdbc.sql(sql).paramSource(at).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, portfolioCurrency);
    }

    private static LimitHolder holder(ResultSet rs) throws SQLException {
        return new LimitHolder(HolderKind.valueOf(rs.getString("holder_kind")), rs.getString("holder"));
    }
}
