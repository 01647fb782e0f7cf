package com.pilotledger.query.capital;

import com.pilotledger.api.capital.ApprovalLimitRemoved;
import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommand;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.FourEyesThresholdSet;
import com.pilotledger.api.capital.PilotCapitalFrozen;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.capital.RequestStatus;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.query.support.EventPositions;
import com.pilotledger.query.support.JsonColumn;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.TreeMap;

/**
 * The capital view: decision rights (budget, threshold, window, limits), what each pilot holds of the pool, and every
 * authorization request with where it stands. Amounts are copied from the events, never recomputed. For the capital
 * as of an instant it also keeps every budget the portfolio had, and when each request's reservation was held.
 */
@Component
@ProcessingGroup(CapitalProjection.GROUP)
public class CapitalProjection {

    public static final String GROUP = "capital";

    /** A decision on a request: who decided (kept when an event names nobody), why, and when. */
    private static final String DECIDED = "status = ?, decided_by = COALESCE(?, decided_by), "
            + "reason = COALESCE(?, reason), decided_at = ?";
    /**
     * A request's reservation is no longer held from this instant (committed, or back in the pool); the first release
     * counts. Each handler changes a request with one statement, these assignments among its others.
     */
    private static final String RELEASED = "reserved = 0, released_at = COALESCE(released_at, ?)";

    private final JdbcClient jdbc;
    private final EventPositions positions;

    public CapitalProjection(JdbcClient jdbc, EventPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(CapitalBudgetSet event, EventMessage<?> message) {
        settings("currency = ?, budget = ?", event.budget().currency(), event.budget().amount());
        jdbc.sql("""
                        INSERT INTO capital_budget (event_position, currency, budget, set_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(positions.of(message), event.budget().currency(), event.budget().amount(),
                        Sql.timestamp(event.setAt())).update();
    }

    @EventHandler
    void on(FourEyesThresholdSet event) {
        settings("currency = ?, four_eyes_threshold = ?", event.threshold().currency(), event.threshold().amount());
    }

    @EventHandler
    void on(ApprovalWindowSet event) {
        settings("approval_window = ?", event.window().toString());
    }

    @EventHandler
    void on(ApprovalLimitSet event) {
        jdbc.sql("DELETE FROM approval_limit WHERE holder_kind = ? AND holder = ?")
                .params(event.holder().kind().name(), event.holder().name()).update();
        jdbc.sql("""
                        INSERT INTO approval_limit (holder_kind, holder, currency, amount, set_by, reason, set_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(event.holder().kind().name(), event.holder().name(), event.limit().currency(),
                        event.limit().amount(), event.setBy(), event.reason(), Sql.timestamp(event.setAt())).update();
    }

    @EventHandler
    void on(ApprovalLimitRemoved event) {
        jdbc.sql("DELETE FROM approval_limit WHERE holder_kind = ? AND holder = ?")
                .params(event.holder().kind().name(), event.holder().name()).update();
    }

    @EventHandler
    void on(PilotRegistered event) {
        jdbc.sql("""
                        INSERT INTO capital_pilot (pilot_id, name, business_unit, authorized_posture, committed, frozen)
                        VALUES (?, ?, ?, ?, 0, FALSE)
                        ON CONFLICT DO NOTHING""")
                .params(event.pilotId(), event.name(), event.businessUnit(), Posture.PAUSE.name()).update();
    }

    @EventHandler
    void on(InvestmentAuthorizationRequested event) {
        jdbc.sql("""
                        INSERT INTO capital_request (request_id, pilot_id, posture, currency, total, reserved, maker,
                            status, second_approval_required, requested_at, scope, conditions, rationale,
                            recommended_posture, is_override, override_justification, kpi_projections)
                        VALUES (?, ?, ?, ?, ?, 0, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.requestId(), event.pilotId(), event.posture().name(), event.capital().currency(),
                        event.capital().amount(), event.requestedBy(), RequestStatus.REQUESTED.name(),
                        Sql.timestamp(event.requestedAt()), event.scope(), event.conditions(), event.rationale(),
                        Sql.name(event.recommendedPosture()), event.override(), event.overrideJustification(),
                        KpiProjectionsColumn.text(event.kpiProjections())).update();
    }

    @EventHandler
    void on(CapitalReserved event) {
        RequestStatus status = event.secondApprovalRequired() ? RequestStatus.AWAITING_APPROVAL
                : RequestStatus.RESERVED;
        jdbc.sql("""
                        UPDATE capital_request SET reserved = ?, reservation = ?, reserved_at = ?, status = ?,
                            second_approval_required = ?, expires_at = ?
                        WHERE request_id = ?""")
                .params(event.reserved().amount(), event.reserved().amount(), Sql.timestamp(event.reservedAt()),
                        status.name(), event.secondApprovalRequired(), Sql.timestamp(event.expiresAt()),
                        event.requestId()).update();
    }

    @EventHandler
    void on(CapitalRequestApproved event) {
        decide(event.requestId(), RequestStatus.APPROVED, event.approvedBy(), null, event.approvedAt());
    }

    @EventHandler
    void on(CapitalRequestRejected event) {
        decideAndRelease(event.requestId(), RequestStatus.REJECTED, event.rejectedBy(), event.reason(),
                event.rejectedAt());
    }

    @EventHandler
    void on(CapitalRequestExpired event) {
        decideAndRelease(event.requestId(), RequestStatus.EXPIRED, null, "Not decided within the approval window",
                event.expiredAt());
    }

    @EventHandler
    void on(InvestmentAuthorized event) {
        jdbc.sql("UPDATE capital_request SET status = ? WHERE request_id = ?")
                .params(RequestStatus.AUTHORIZED.name(), event.requestId()).update();
        jdbc.sql("UPDATE capital_pilot SET authorized_posture = ? WHERE pilot_id = ?")
                .params(event.posture().name(), event.pilotId()).update();
    }

    /** The facts sorted by name, so a replay writes the same JSON text. */
    @EventHandler
    void on(InvestmentRequestClosed event) {
        jdbc.sql("UPDATE capital_request SET status = ?, code = ?, reason = ?, facts = ?, decided_at = ?, "
                        + RELEASED + " WHERE request_id = ?")
                .params(RequestStatus.valueOf(event.outcome().name()).name(), Sql.name(event.code()), event.reason(),
                        JsonColumn.text(event.facts() == null ? null : new TreeMap<>(event.facts())),
                        Sql.timestamp(event.closedAt()), Sql.timestamp(event.closedAt()), event.requestId()).update();
    }

    @EventHandler
    void on(CapitalCommitted event) {
        release(event.requestId(), event.committedAt());
        jdbc.sql("UPDATE capital_pilot SET committed = ?, frozen = FALSE WHERE pilot_id = ?")
                .params(event.total().amount(), event.pilotId()).update();
    }

    @EventHandler
    void on(CapitalReservationReleased event) {
        jdbc.sql("UPDATE capital_request SET " + RELEASED + ", "
                        + "status = CASE WHEN status = ? THEN status ELSE ? END, "
                        + "reason = CASE WHEN status = ? THEN reason ELSE ? END WHERE request_id = ?")
                .params(Sql.timestamp(event.releasedAt()), RequestStatus.AUTHORIZED.name(),
                        RequestStatus.CANCELLED.name(), RequestStatus.AUTHORIZED.name(), event.reason(),
                        event.requestId())
                .update();
    }

    @EventHandler
    void on(PilotCapitalReleased event) {
        jdbc.sql("UPDATE capital_pilot SET committed = 0, frozen = FALSE WHERE pilot_id = ?")
                .params(event.pilotId()).update();
        for (String requestId : event.cancelledRequests()) {
            decideAndRelease(requestId, RequestStatus.CANCELLED, null, event.reason(), event.releasedAt());
        }
    }

    @EventHandler
    void on(PilotCapitalFrozen event) {
        jdbc.sql("UPDATE capital_pilot SET frozen = TRUE WHERE pilot_id = ?")
                .params(event.pilotId()).update();
    }

    @EventHandler
    void on(PilotPaused event) {
        posture(event.pilotId(), Posture.PAUSE);
    }

    @EventHandler
    void on(PilotKilled event) {
        posture(event.pilotId(), Posture.PAUSE);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM capital_request").update();
        jdbc.sql("DELETE FROM capital_pilot").update();
        jdbc.sql("DELETE FROM approval_limit").update();
        jdbc.sql("DELETE FROM capital_settings").update();
        jdbc.sql("DELETE FROM capital_budget").update();
    }

    private void settings(String assignments, Object... values) {
        jdbc.sql("INSERT INTO capital_settings (portfolio_id) SELECT ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM capital_settings WHERE portfolio_id = ?)")
                .params(CapitalCommand.PORTFOLIO, CapitalCommand.PORTFOLIO).update();
        Object[] parameters = new Object[values.length + 1];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = CapitalCommand.PORTFOLIO;
        jdbc.sql("UPDATE capital_settings SET " + assignments + " WHERE portfolio_id = ?")
                .params(parameters).update();
    }

    private void decide(String requestId, RequestStatus status, String decidedBy, String reason, Instant at) {
        jdbc.sql("UPDATE capital_request SET " + DECIDED + " WHERE request_id = ?")
                .params(status.name(), decidedBy, reason, Sql.timestamp(at), requestId).update();
    }

    /** A decision that ends the request gives its reservation back at the same instant, in the same write. */
    private void decideAndRelease(String requestId, RequestStatus status, String decidedBy, String reason,
                                  Instant at) {
        jdbc.sql("UPDATE capital_request SET " + DECIDED + ", " + RELEASED + " WHERE request_id = ?")
                .params(status.name(), decidedBy, reason, Sql.timestamp(at), Sql.timestamp(at), requestId).update();
    }

    private void release(String requestId, Instant at) {
        jdbc.sql("UPDATE capital_request SET " + RELEASED + " WHERE request_id = ?")
                .params(Sql.timestamp(at), requestId).update();
    }

    private void posture(String pilotId, Posture posture) {
        jdbc.sql("UPDATE capital_pilot SET authorized_posture = ? WHERE pilot_id = ?")
                .params(posture.name(), pilotId).update();
    }
}
