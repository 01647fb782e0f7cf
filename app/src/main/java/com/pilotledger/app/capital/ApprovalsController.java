package com.pilotledger.app.capital;

import com.pilotledger.api.capital.ApprovalsInbox;
import com.pilotledger.api.capital.ApproveCapitalRequest;
import com.pilotledger.api.capital.FindApprovalsInbox;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.RejectCapitalRequest;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.pilot.DecisionReasonRequest;
import com.pilotledger.app.portfolio.PortfolioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/** Four-eyes approval: the requests a checker may decide, and the checker's approval or rejection. */
@RestController
@RequestMapping("/api/approvals")
@Tag(name = "Approvals")
public class ApprovalsController {

    private final CommandSender commands;
    private final CapitalRequests requests;
    private final PortfolioReader reader;
    private final Clock clock;

    public ApprovalsController(CommandSender commands, CapitalRequests requests, PortfolioReader reader, Clock clock) {
        this.commands = commands;
        this.requests = requests;
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The approvals inbox: requests waiting for a second person that you may decide")
    public ApprovalsInbox inbox(CommandOrigin origin) {
        return reader.inbox(new FindApprovalsInbox(origin.actor(), origin.roles()));
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "One authorization request and where it stands")
    public InvestmentRequestView request(@PathVariable @LineOfText(max = IDENTIFIER) String requestId) {
        return requests.find(requestId);
    }

    @PostMapping("/{requestId}/approve")
    @Operation(summary = "Approve a request as its second person (not its maker; within your approval limit)")
    public InvestmentRequestView approve(@PathVariable @LineOfText(max = IDENTIFIER) String requestId, CommandOrigin origin) {
        requests.find(requestId);
        commands.send(new ApproveCapitalRequest(requestId, clock.instant()), origin);
        return requests.awaitDecided(requestId).orElseThrow();
    }

    @PostMapping("/{requestId}/reject")
    @Operation(summary = "Reject a request as its second person, with the reason")
    public InvestmentRequestView reject(@PathVariable @LineOfText(max = IDENTIFIER) String requestId,
                                        @Valid @RequestBody DecisionReasonRequest request, CommandOrigin origin) {
        requests.find(requestId);
        commands.send(new RejectCapitalRequest(requestId, request.reason(), clock.instant()), origin);
        return requests.awaitDecided(requestId).orElseThrow();
    }
}
