package com.pilotledger.app.portfolio;

import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.audit.FindAuditHistory;
import com.pilotledger.api.capital.ApprovalsInbox;
import com.pilotledger.api.capital.CapitalView;
import com.pilotledger.api.capital.DecisionRights;
import com.pilotledger.api.capital.FindApprovalsInbox;
import com.pilotledger.api.capital.FindCapitalView;
import com.pilotledger.api.capital.FindDecisionRights;
import com.pilotledger.api.capital.FindInvestmentRequest;
import com.pilotledger.api.capital.FindPendingApprovals;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.PendingApprovals;
import com.pilotledger.api.portfolio.BoardFilter;
import com.pilotledger.api.portfolio.BoardSort;
import com.pilotledger.api.portfolio.FindPilotComparison;
import com.pilotledger.api.portfolio.FindPilotDetail;
import com.pilotledger.api.portfolio.FindPortfolioBoard;
import com.pilotledger.api.portfolio.PilotComparison;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.portfolio.PortfolioBoard;
import com.pilotledger.app.problem.PilotNotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** The typed queries of the read side, sent through Axon's query gateway; an unknown pilot is a 404, not a null. */
@Component
public class PortfolioReader {

    private final QueryGateway queries;

    public PortfolioReader(QueryGateway queries) {
        this.queries = queries;
    }

    /** The most pilots a page lists in one go (the board query's largest page). */
    public static final int PAGE_LIMIT = 200;

    public PortfolioBoard board(FindPortfolioBoard query) {
        return queries.query(query, ResponseTypes.instanceOf(PortfolioBoard.class)).join();
    }

    /** Every pilot by name, unfiltered, up to {@link #PAGE_LIMIT}: what pages offer to choose from. */
    public PortfolioBoard allPilots() {
        return allPilots(null);
    }

    /** Every pilot registered by an instant (null: today) as it stood then, by name, up to {@link #PAGE_LIMIT}. */
    public PortfolioBoard allPilots(Instant asOf) {
        return board(new FindPortfolioBoard(BoardFilter.none(), BoardSort.NAME, false, 0, PAGE_LIMIT, asOf));
    }

    public PilotDetail pilot(String pilotId) {
        return pilot(new FindPilotDetail(pilotId));
    }

    /** The pilot as asked (today, or as of an instant); not registered then is a 404 like an unknown pilot. */
    public PilotDetail pilot(FindPilotDetail query) {
        return findPilot(query).orElseThrow(() -> new PilotNotFoundException(query.pilotId()));
    }

    /** The pilot as the views show it, or nothing if they do not show it (yet). */
    public Optional<PilotDetail> findPilot(String pilotId) {
        return findPilot(new FindPilotDetail(pilotId));
    }

    private Optional<PilotDetail> findPilot(FindPilotDetail query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(PilotDetail.class)).join();
    }

    public PilotComparison comparison(FindPilotComparison query) {
        return queries.query(query, ResponseTypes.instanceOf(PilotComparison.class)).join();
    }

    public AuditHistory audit(FindAuditHistory query) {
        return queries.query(query, ResponseTypes.instanceOf(AuditHistory.class)).join();
    }

    public CapitalView capital() {
        return capital(null);
    }

    /** The capital as it stood at an instant (null: today). */
    public CapitalView capital(Instant asOf) {
        return queries.query(new FindCapitalView(asOf), ResponseTypes.instanceOf(CapitalView.class)).join();
    }

    public DecisionRights decisionRights() {
        return queries.query(new FindDecisionRights(), ResponseTypes.instanceOf(DecisionRights.class)).join();
    }

    public Optional<InvestmentRequestView> request(String requestId) {
        return queries.query(new FindInvestmentRequest(requestId),
                ResponseTypes.optionalInstanceOf(InvestmentRequestView.class)).join();
    }

    public ApprovalsInbox inbox(FindApprovalsInbox query) {
        return queries.query(query, ResponseTypes.instanceOf(ApprovalsInbox.class)).join();
    }

    public PendingApprovals pendingApprovals() {
        return queries.query(new FindPendingApprovals(), ResponseTypes.instanceOf(PendingApprovals.class)).join();
    }
}
