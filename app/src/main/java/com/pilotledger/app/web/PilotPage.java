package com.pilotledger.app.web;

import com.pilotledger.api.capital.FindApprovalsInbox;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.RequestStatus;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.portfolio.DecisionKind;
import com.pilotledger.api.portfolio.DomainReading;
import com.pilotledger.api.portfolio.FindPilotDetail;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.app.capital.ApprovalDesk;
import com.pilotledger.app.capital.AuthorizationDesk;
import com.pilotledger.app.capital.CapitalRequests;
import com.pilotledger.app.checklist.ReadinessChecklists;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.ninetyday.NinetyDayReviews;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.PilotDecisions;
import com.pilotledger.app.pilot.PilotOwnership;
import com.pilotledger.app.pilot.SignalRecording;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.portfolio.ConditionalViews;
import com.pilotledger.app.portfolio.PortfolioReader;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One pilot: authorized against recommended posture and why, the six domains with the evidence that counts, the
 * history of its readings with both times, charts of measured metrics, the decision timeline, and the actions the
 * signed-in role may take. A refused action is shown in words next to its form; invalid fields next to themselves.
 * As of a past date (and, for the readings, as known on a day) it shows the pilot as it stood then and offers no
 * action: nothing can be decided in the past.
 */
@Controller
public class PilotPage {

    private final PortfolioReader reader;
    private final SignalRecording signals;
    private final PilotDecisions decisions;
    private final PilotOwnership ownership;
    private final AuthorizationDesk desk;
    private final ApprovalDesk approvals;
    private final CapitalRequests requests;
    private final ChartData charts;
    private final MetricCharts productionCharts;
    private final DecisionContexts contexts;
    private final AsOfControl asOfControl;
    private final ReadinessChecklists checklists;
    private final NinetyDayReviews reviews;
    private final GateReviewPanel gateReviewPanel;
    private final String currency;
    private final Clock clock;
    private final ConditionalViews conditional;

    public PilotPage(PortfolioReader reader, SignalRecording signals, PilotDecisions decisions, AuthorizationDesk desk,
                     ApprovalDesk approvals, CapitalRequests requests, ChartData charts, DecisionContexts contexts,
                     AsOfControl asOfControl, ReadinessChecklists checklists, NinetyDayReviews reviews,
                     GateReviewPanel gateReviewPanel, PortfolioCurrency portfolio, Clock clock,
                     MetricCharts productionCharts, PilotOwnership ownership, ConditionalViews conditional) {
        this.conditional = conditional;
        this.gateReviewPanel = gateReviewPanel;
        this.reader = reader;
        this.signals = signals;
        this.decisions = decisions;
        this.ownership = ownership;
        this.desk = desk;
        this.approvals = approvals;
        this.requests = requests;
        this.charts = charts;
        this.productionCharts = productionCharts;
        this.contexts = contexts;
        this.asOfControl = asOfControl;
        this.checklists = checklists;
        this.reviews = reviews;
        this.currency = portfolio.currency();
        this.clock = clock;
    }

    @GetMapping("/pilots/{pilotId}")
    public String pilot(@PathVariable String pilotId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String knownOn, CommandOrigin origin, Model model,
                        ServletWebRequest request) {
        if (conditional.unchanged(request)) {
            return null;
        }
        Instant knownOnInstant = asOfControl.readKnownOn(knownOn, model);
        Instant asOfInstant = asOfControl.read(asOf, List.of(), model);
        return render(new FindPilotDetail(pilotId, asOfInstant, knownOnInstant), origin, model);
    }

    @PostMapping("/pilots/{pilotId}/signals")
    public String recordSignal(@PathVariable String pilotId, @Valid @ModelAttribute("signalForm") SignalForm form,
                               BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        // A value of the wrong type (a metric value that is no number) already failed binding: the form may not exist.
        if (!errors.hasErrors() && form.hasMetric() && form.metricValue() == null) {
            errors.rejectValue("metricValue", "required", "Enter the value the metric was measured at");
        }
        if (errors.hasErrors()) {
            return render(pilotId, origin, model);
        }
        Metric metric = form.hasMetric() ? new Metric(form.metricName(), form.metricValue(), form.metricUnit()) : null;
        return attempt(pilotId, origin, model, redirect, "signalProblem", () -> {
            signals.record(pilotId, form.domain(), form.level(), form.evidence(), form.source(), null, metric, origin);
            return "Recorded " + form.domain().label() + " as " + form.level().label() + ".";
        });
    }

    @PostMapping("/pilots/{pilotId}/checklist")
    public String assessChecklistItem(@PathVariable String pilotId,
                                      @Valid @ModelAttribute("checklistForm") ChecklistForm form, BindingResult errors,
                                      CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(pilotId, origin, model);
        }
        return attempt(pilotId, origin, model, redirect, "checklistProblem", () -> {
            checklists.assess(pilotId, form.criterion(), form.status(), form.checklistEvidence(), origin);
            return "Assessed \"" + form.criterion().words() + "\" as " + form.status().label() + ".";
        });
    }

    @PostMapping("/pilots/{pilotId}/owners")
    public String assignOwner(@PathVariable String pilotId, @Valid @ModelAttribute("ownerForm") OwnerForm form,
                              BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(pilotId, origin, model);
        }
        return attempt(pilotId, origin, model, redirect, "ownersProblem", () -> {
            ownership.assign(pilotId, form.pilotOwner(), origin);
            return form.pilotOwner() + " owns this pilot: they record its evidence.";
        });
    }

    @PostMapping("/pilots/{pilotId}/owners/{username}/removal")
    public String removeOwner(@PathVariable String pilotId, @PathVariable String username, CommandOrigin origin,
                              Model model, RedirectAttributes redirect) {
        return attempt(pilotId, origin, model, redirect, "ownersProblem", () -> {
            ownership.remove(pilotId, username, origin);
            return username + " no longer owns this pilot.";
        });
    }

    @PostMapping("/pilots/{pilotId}/authorizations")
    public String authorize(@PathVariable String pilotId,
                            @Valid @ModelAttribute("authorizationForm") AuthorizationForm form, BindingResult errors,
                            CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(pilotId, origin, model);
        }
        return attempt(pilotId, origin, model, redirect, "authorizationProblem", () -> {
            AuthorizationDesk.Outcome outcome = desk.authorize(pilotId, form.posture(),
                    new Money(form.capital(), currency), form.scope(), form.conditions(), form.rationale(),
                    form.overrideJustification(), form.projections(), origin);
            return outcome.isAuthorized()
                    ? "Authorized " + form.posture().label() + " with " + currency + " " + form.capital().toPlainString() + "."
                    : "Requested " + form.posture().label() + " with " + currency + " " + form.capital().toPlainString()
                    + ". It takes effect when a second person with enough authority approves it.";
        });
    }

    @PostMapping("/pilots/{pilotId}/pause")
    public String pause(@PathVariable String pilotId, @Valid @ModelAttribute("pauseForm") ReasonForm form,
                        BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(pilotId, origin, model);
        }
        return attempt(pilotId, origin, model, redirect, "pauseProblem", () -> {
            decisions.pause(pilotId, form.reason(), origin);
            return "Paused. Its committed capital is frozen until a new authorization.";
        });
    }

    @PostMapping("/pilots/{pilotId}/kill")
    public String kill(@PathVariable String pilotId, @Valid @ModelAttribute("killForm") ReasonForm form,
                       BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(pilotId, origin, model);
        }
        return attempt(pilotId, origin, model, redirect, "killProblem", () -> {
            decisions.kill(pilotId, form.reason(), origin);
            return "Killed. Its capital went back to the pool; the pilot accepts no further decision.";
        });
    }

    @PostMapping("/pilots/{pilotId}/ninety-day-review")
    public String completeReview(@PathVariable String pilotId, @Valid @ModelAttribute("reviewForm") ReasonForm form,
                                 BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(pilotId, origin, model);
        }
        return attempt(pilotId, origin, model, redirect, "reviewProblem", () ->
                "90-day review completed. " + reviews.complete(pilotId, form.reason(), origin).finding().words() + ".");
    }

    @PostMapping("/approvals/{requestId}/approve")
    public String approve(@PathVariable String requestId, CommandOrigin origin, Model model,
                          RedirectAttributes redirect) {
        InvestmentRequestView request = requests.find(requestId);
        return attempt(request.pilotId(), origin, model, redirect, "approvalProblem", () -> {
            approvals.approve(requestId, origin);
            return "Approved. " + request.posture().label() + " with " + request.total().currency() + " "
                    + request.total().amount().toPlainString() + " is authorized.";
        });
    }

    @PostMapping("/approvals/{requestId}/reject")
    public String reject(@PathVariable String requestId, @Valid @ModelAttribute("rejectForm") ReasonForm form,
                         BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        InvestmentRequestView request = requests.find(requestId);
        if (errors.hasErrors()) {
            return render(request.pilotId(), origin, model);
        }
        return attempt(request.pilotId(), origin, model, redirect, "approvalProblem", () -> {
            approvals.reject(requestId, form.reason(), origin);
            return "Rejected; the reserved capital went back to the pool.";
        });
    }

    /**
     * Runs the action; a refusal re-renders the page with the reason in words under the form that caused it. A pilot
     * owner's evidence for a pilot they do not own is refused under the pilot's owners, since the page offers them no
     * evidence form to show it under.
     */
    private String attempt(String pilotId, CommandOrigin origin, Model model, RedirectAttributes redirect,
                           String problemAttribute, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
            return "redirect:/pilots/" + pilotId;
        } catch (CommandExecutionException refused) {
            Optional<CommandRefusal> refusal = refused.getDetails();
            boolean notOwner = refusal.map(CommandRefusal::code).filter(ErrorCode.NOT_PILOT_OWNER::equals).isPresent();
            model.addAttribute(notOwner ? "ownersProblem" : problemAttribute,
                    refusal.map(CommandRefusal::message).orElse("The action could not be completed."));
        } catch (CommandRefusedException refused) {
            model.addAttribute(problemAttribute, refused.refusal().message());
        }
        return render(pilotId, origin, model);
    }

    /** Today's page again, after an action (its outcome or its problem shown). */
    String render(String pilotId, CommandOrigin origin, Model model) {
        asOfControl.read(null, List.of(), model);
        return render(new FindPilotDetail(pilotId), origin, model);
    }

    private String render(FindPilotDetail query, CommandOrigin origin, Model model) {
        String pilotId = query.pilotId();
        PilotDetail pilot = reader.pilot(query);
        Map<StabilizationDomain, DomainReading> readings = new LinkedHashMap<>();
        Arrays.stream(StabilizationDomain.values()).forEach(domain -> readings.put(domain, null));
        pilot.readings().forEach(reading -> readings.put(reading.domain(), reading));
        // Requests waiting for this user are today's business: a page of the past offers none.
        List<InvestmentRequestView> pending = query.asOf() != null || query.knownOn() != null ? List.of()
                : reader.inbox(new FindApprovalsInbox(origin.actor(), origin.roles()))
                .requests().stream().filter(request -> request.pilotId().equals(pilotId)).toList();
        model.addAttribute("pilot", pilot);
        // A killed pilot's page leads with the kill: who, when and why (the latest kill decision; there is one).
        model.addAttribute("kill", pilot.decisions().stream().filter(decision -> decision.kind() == DecisionKind.KILL)
                .reduce((earlier, later) -> later).orElse(null));
        model.addAttribute("readings", readings);
        model.addAttribute("past", query.asOf() != null || query.knownOn() != null);
        Instant now = query.asOf() != null ? query.asOf() : query.knownOn() != null ? query.knownOn() : clock.instant();
        Map<StabilizationDomain, Long> ages = new LinkedHashMap<>();
        pilot.readings().forEach(reading -> ages.put(reading.domain(), daysSince(reading.observedAt(), now)));
        model.addAttribute("readingAges", ages);
        model.addAttribute("metricCharts", charts.metrics(pilot.metrics()));
        // The checklist has one time: as known on a day, it is as it stood at the end of that day.
        model.addAttribute("checklist", checklists.find(pilotId, query.asOf() != null ? query.asOf() : query.knownOn()));
        model.addAttribute("checklistStatuses", ChecklistStatus.values());
        model.addAttribute("latestAuthorization", pilot.decisions().stream()
                .filter(decision -> decision.kind() == DecisionKind.AUTHORIZE)
                .reduce((earlier, later) -> later).orElse(null));
        model.addAttribute("productionCharts", productionCharts.of(pilotId, now));
        model.addAttribute("pendingForMe", pending);
        // The review is today's business, like the requests waiting: a page of the past shows none.
        model.addAttribute("ninetyDayReview", query.asOf() != null || query.knownOn() != null ? null
                : reviews.find(pilotId).orElse(null));
        boolean seesContexts = model.getAttribute("user") instanceof SignedInUser user && user.canSeeWhatDecidersSaw();
        model.addAttribute("panels", DecisionPanels.of(pilot.decisions(),
                seesContexts ? contexts.ofPilot(pilotId) : List.of()));
        model.addAttribute("waiting", RequestStatus.AWAITING_APPROVAL);
        addIfAbsent(model, "signalForm", SignalForm::empty);
        addIfAbsent(model, "authorizationForm", AuthorizationForm::empty);
        addIfAbsent(model, "checklistForm", ChecklistForm::empty);
        addIfAbsent(model, "ownerForm", OwnerForm::empty);
        addIfAbsent(model, "pauseForm", ReasonForm::empty);
        addIfAbsent(model, "killForm", ReasonForm::empty);
        addIfAbsent(model, "rejectForm", ReasonForm::empty);
        addIfAbsent(model, "reviewForm", ReasonForm::empty);
        if (query.asOf() == null && query.knownOn() == null) {
            gateReviewPanel.addTo(model, pilotId);
        }
        return "pilot";
    }

    /** Days between an instant and now, for "observed 12 days ago". */
    private static long daysSince(Instant then, Instant now) {
        return then == null ? 0 : Math.max(0, Duration.between(then, now).toDays());
    }

    static void addIfAbsent(Model model, String name, Supplier<Object> value) {
        if (model.getAttribute(name) == null) {
            model.addAttribute(name, value.get());
        }
    }
}
