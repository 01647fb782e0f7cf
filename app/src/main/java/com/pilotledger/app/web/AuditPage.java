package com.pilotledger.app.web;

import com.pilotledger.api.audit.AuditEntry;
import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.app.audit.AuditExport;
import com.pilotledger.app.audit.EventWords;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.integrity.LedgerVerification;
import com.pilotledger.app.portfolio.PortfolioReader;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit history as a timeline: actor, when it happened and when it was recorded, type (in words, see
 * {@link EventWords}), summary and the payload as stored; filtered by pilot, actor, event type and a range of UTC days of either time, paged. Auditors and
 * administrators download it as CSV with the same filters, read from the event store itself (see {@link AuditExport}).
 * The page also shows the latest verification of the sealed log, which auditors and administrators run again at once,
 * and offers what auditors keep outside the system ({@link SealedLogPage}), or says that no sealed log is kept.
 */
@Controller
public class AuditPage {

    static final int PAGE_SIZE = 50;
    static final List<String> EVENT_TYPES = List.of("PilotRegistered", "SignalRecorded", "PostureRecommendationChanged",
            "InvestmentAuthorizationRequested", "InvestmentAuthorized", "InvestmentRequestClosed", "PilotPaused",
            "PilotOwnerAssigned", "PilotOwnerRemoved",
            "PilotKilled", "CapitalReserved", "CapitalRequestApproved", "CapitalRequestRejected", "CapitalRequestExpired",
            "CapitalCommitted", "CapitalReservationReleased", "PilotCapitalFrozen", "PilotCapitalReleased",
            "CapitalBudgetSet", "ApprovalLimitSet", "ApprovalLimitRemoved", "FourEyesThresholdSet", "ApprovalWindowSet",
            "ReadinessPolicyProposed", "ReadinessPolicyActivated", "ChecklistItemAssessed",
            "MetricPointsRecorded",
            "NinetyDayReviewScheduled", "NinetyDayReviewDue", "NinetyDayReviewOverdue", "NinetyDayReviewCompleted",
            "MetricThresholdsSet", "MetricThresholdBreached", "KillCriterionMet",
            "GateReviewConvened", "ScaleReadinessAssessed", "GateReviewConcluded", "GapClosurePlanOverdue",
            "GapClosurePlanCompleted");

    private final PortfolioReader reader;
    private final AuditExport export;
    /** Absent where no sealed log is kept (Axon Server): the page then says so instead. */
    private final ObjectProvider<LedgerVerification> verification;

    public AuditPage(PortfolioReader reader, AuditExport export, ObjectProvider<LedgerVerification> verification) {
        this.reader = reader;
        this.export = export;
        this.verification = verification;
    }

    @GetMapping("/audit")
    public String audit(@ModelAttribute("filters") AuditFilter filters, @RequestParam(defaultValue = "0") int page,
                        Model model) {
        int current = Math.max(0, page);
        AuditHistory history = reader.audit(filters.query(current, PAGE_SIZE));
        List<BoardRow> pilots = reader.allPilots().rows();
        model.addAttribute("history", history);
        model.addAttribute("pilotNames", pilots.stream().collect(Collectors.toMap(BoardRow::pilotId, BoardRow::name)));
        model.addAttribute("pilots", pilots);
        model.addAttribute("eventTypes", EVENT_TYPES);
        model.addAttribute("eventWords", Stream.concat(EVENT_TYPES.stream(),
                        history.entries().stream().map(AuditEntry::eventType))
                .distinct().collect(Collectors.toMap(Function.identity(), EventWords::of)));
        model.addAttribute("decisionEventTypes", DecisionContexts.DECISION_EVENT_TYPES);
        model.addAttribute("page", current);
        model.addAttribute("lastPage", Math.max(0, (history.totalEntries() - 1) / PAGE_SIZE));
        LedgerVerification kept = verification.getIfAvailable();
        model.addAttribute("verification", kept == null ? VerificationStatus.NOT_KEPT
                : VerificationStatus.of(kept.latest()));
        return "audit";
    }

    /** The same export as the API's, from the event store, with the page's filters. */
    @GetMapping("/audit.csv")
    public void csv(@ModelAttribute AuditFilter filters, HttpServletResponse response) throws IOException {
        export.writeCsv(filters.export(), response);
    }
}
