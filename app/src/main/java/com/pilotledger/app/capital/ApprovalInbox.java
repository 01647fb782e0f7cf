package com.pilotledger.app.capital;

import com.pilotledger.api.capital.ApprovalsWaiting;
import com.pilotledger.api.capital.FindApprovalsInbox;
import com.pilotledger.api.capital.WaitingApproval;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The approvals inbox, the one path for the API, the inbox page and the navigation's count: the requests waiting for
 * this checker (not their own, within their approval limit), each with the evidence to decide it on, its pilot's
 * recommendation and readings today. Deciding them is {@link ApprovalDesk}'s.
 */
@Component
public class ApprovalInbox {

    private final PortfolioReader reader;

    public ApprovalInbox(PortfolioReader reader) {
        this.reader = reader;
    }

    public ApprovalsWaiting of(CommandOrigin origin) {
        return new ApprovalsWaiting(reader.inbox(new FindApprovalsInbox(origin.actor(), origin.roles())).requests()
                .stream().map(request -> {
                    Optional<PilotDetail> pilot = reader.findPilot(request.pilotId());
                    return new WaitingApproval(request, pilot.map(PilotDetail::recommendation).orElse(null),
                            pilot.map(PilotDetail::readings).orElse(List.of()));
                }).toList());
    }

    /** How many requests wait for this checker, without their evidence. */
    public int count(CommandOrigin origin) {
        return reader.inbox(new FindApprovalsInbox(origin.actor(), origin.roles())).requests().size();
    }
}
