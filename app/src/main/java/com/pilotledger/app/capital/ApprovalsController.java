package com.pilotledger.app.capital;

import com.pilotledger.api.capital.ApprovalsWaiting;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.DecisionReasonRequest;
import com.pilotledger.app.projection.ShownAt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/** Four-eyes approval: the requests a checker may decide, and the checker's approval or rejection. */
@RestController
@RequestMapping("/api/approvals")
@Tag(name = "Approvals")
public class ApprovalsController {

    private final ApprovalDesk approvals;
    private final ApprovalInbox inbox;
    private final CapitalRequests requests;

    public ApprovalsController(ApprovalDesk approvals, ApprovalInbox inbox, CapitalRequests requests) {
        this.approvals = approvals;
        this.inbox = inbox;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "The approvals inbox: requests waiting for a second person that you may decide (not your "
            + "own; within your approval limit), each with its pilot's recommendation and readings")
    public ApprovalsWaiting inbox(CommandOrigin origin) {
        return inbox.of(origin);
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "One authorization request and where it stands")
    public InvestmentRequestView request(@PathVariable @LineOfText(max = IDENTIFIER) String requestId) {
        return requests.find(requestId);
    }

    @PostMapping("/{requestId}/approve")
    @ShownAt("/api/approvals/{requestId}")
    @Operation(summary = "Approve a request as its second person (not its maker; within your approval limit)")
    public InvestmentRequestView approve(@PathVariable @LineOfText(max = IDENTIFIER) String requestId, CommandOrigin origin) {
        return approvals.approve(requestId, origin);
    }

    @PostMapping("/{requestId}/reject")
    @ShownAt("/api/approvals/{requestId}")
    @Operation(summary = "Reject a request as its second person, with the reason")
    public InvestmentRequestView reject(@PathVariable @LineOfText(max = IDENTIFIER) String requestId,
                                        @Valid @RequestBody DecisionReasonRequest request, CommandOrigin origin) {
        return approvals.reject(requestId, request.reason(), origin);
    }
}
