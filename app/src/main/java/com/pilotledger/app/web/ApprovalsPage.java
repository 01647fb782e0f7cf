package com.pilotledger.app.web;

import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.WaitingApproval;
import com.pilotledger.api.decision.DecisionContext;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.app.capital.ApprovalDesk;
import com.pilotledger.app.capital.ApprovalInbox;
import com.pilotledger.app.capital.CapitalRequests;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.problem.CommandRefusedException;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The approvals inbox: every request waiting for the signed-in checker, with its pilot, amount, scope, conditions,
 * rationale, KPI projections, maker and the evidence (the pilot's recommendation and readings), approved or rejected
 * from here. The inbox's forms post to the same addresses as the pilot page's, marked {@code from=inbox}, so the
 * security rules are the same and the answer comes back here. A refusal or a missing reason is shown under the request
 * it concerns.
 */
@Controller
public class ApprovalsPage {

    private static final String FROM_INBOX = "from=inbox";

    private final ApprovalInbox inbox;
    private final ApprovalDesk approvals;
    private final CapitalRequests requests;
    private final DecisionContexts contexts;

    public ApprovalsPage(ApprovalInbox inbox, ApprovalDesk approvals, CapitalRequests requests,
                         DecisionContexts contexts) {
        this.inbox = inbox;
        this.approvals = approvals;
        this.requests = requests;
        this.contexts = contexts;
    }

    @GetMapping("/approvals")
    public String inbox(CommandOrigin origin, Model model) {
        List<WaitingApproval> waiting = inbox.of(origin).requests();
        model.addAttribute("waiting", waiting);
        model.addAttribute("requestContexts", requestContexts(waiting));
        return "approvals";
    }

    /** Where each request's decision context is: what its maker saw when asking (the audit's decision page). */
    private Map<String, Long> requestContexts(List<WaitingApproval> waiting) {
        Map<String, Long> positions = new HashMap<>();
        for (WaitingApproval item : waiting) {
            String requestId = item.request().requestId();
            contexts.ofPilot(item.request().pilotId()).stream()
                    .filter(context -> requestId.equals(context.requestId()))
                    .findFirst().map(DecisionContext::globalIndex)
                    .ifPresent(position -> positions.put(requestId, position));
        }
        return positions;
    }

    @PostMapping(path = "/approvals/{requestId}/approve", params = FROM_INBOX)
    public String approve(@PathVariable String requestId, CommandOrigin origin, Model model,
                          RedirectAttributes redirect) {
        InvestmentRequestView request = requests.find(requestId);
        return attempt(requestId, origin, model, redirect, () -> {
            approvals.approve(requestId, origin);
            return "Approved " + request.pilotName() + ": " + request.posture().label() + " with "
                    + request.total().currency() + " " + request.total().amount().toPlainString() + " is authorized.";
        });
    }

    @PostMapping(path = "/approvals/{requestId}/reject", params = FROM_INBOX)
    public String reject(@PathVariable String requestId, @Valid @ModelAttribute("rejectForm") ReasonForm form,
                         BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        InvestmentRequestView request = requests.find(requestId);
        if (errors.hasErrors()) {
            model.addAttribute("problemRequestId", requestId);
            model.addAttribute("approvalProblem", errors.getFieldError("reason").getDefaultMessage());
            return inbox(origin, model);
        }
        return attempt(requestId, origin, model, redirect, () -> {
            approvals.reject(requestId, form.reason(), origin);
            return "Rejected the request for " + request.pilotName() + "; the reserved capital went back to the pool.";
        });
    }

    private String attempt(String requestId, CommandOrigin origin, Model model, RedirectAttributes redirect,
                           Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
            return "redirect:/approvals";
        } catch (CommandExecutionException refused) {
            model.addAttribute("approvalProblem", refused.<CommandRefusal>getDetails()
                    .map(CommandRefusal::message).orElse("The action could not be completed."));
        } catch (CommandRefusedException refused) {
            model.addAttribute("approvalProblem", refused.refusal().message());
        }
        model.addAttribute("problemRequestId", requestId);
        return inbox(origin, model);
    }
}
