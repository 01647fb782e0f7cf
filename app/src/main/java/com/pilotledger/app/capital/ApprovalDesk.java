package com.pilotledger.app.capital;

import com.pilotledger.api.capital.ApproveCapitalRequest;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.RejectCapitalRequest;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.projection.ViewsBehind;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * A checker's approval or rejection of a four-eyes request, the one path for the API and the pilot page: an unknown
 * request is refused before any command, and the answer is the request once the decision shows on it (202 with
 * its location when it does not within the decision timeout).
 */
@Component
public class ApprovalDesk {

    private final CommandSender commands;
    private final CapitalRequests requests;
    private final Clock clock;

    public ApprovalDesk(CommandSender commands, CapitalRequests requests, Clock clock) {
        this.commands = commands;
        this.requests = requests;
        this.clock = clock;
    }

    public InvestmentRequestView approve(String requestId, CommandOrigin origin) {
        requests.find(requestId);
        commands.send(new ApproveCapitalRequest(requestId, clock.instant()), origin);
        return checked(requestId);
    }

    public InvestmentRequestView reject(String requestId, String reason, CommandOrigin origin) {
        requests.find(requestId);
        commands.send(new RejectCapitalRequest(requestId, reason, clock.instant()), origin);
        return checked(requestId);
    }

    /** The request showing the decision; while it is still open there, the answer points to where it will show. */
    private InvestmentRequestView checked(String requestId) {
        InvestmentRequestView request = requests.awaitChecked(requestId).orElseThrow();
        if (request.status().isOpen()) {
            ViewsBehind.markRequest();
        }
        return request;
    }
}
