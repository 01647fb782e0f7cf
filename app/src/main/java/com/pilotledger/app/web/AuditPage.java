package com.pilotledger.app.web;

import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.app.audit.AuditExport;
import com.pilotledger.app.portfolio.PortfolioReader;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit history as a timeline: actor, time, type, summary and the payload as stored; filtered by pilot, actor,
 * event type and date range (UTC days), paged. Auditors and administrators download it as CSV with the same filters,
 * read from the event store itself (see {@link AuditExport}).
 */
@Controller
public class AuditPage {

    static final int PAGE_SIZE = 50;
    static final List<String> EVENT_TYPES = List.of("PilotRegistered", "SignalRecorded", "PostureRecommendationChanged",
            "InvestmentAuthorizationRequested", "InvestmentAuthorized", "InvestmentRequestClosed", "PilotPaused",
            "PilotKilled", "CapitalReserved", "CapitalRequestApproved", "CapitalRequestRejected", "CapitalRequestExpired",
            "CapitalCommitted", "CapitalReservationReleased", "PilotCapitalFrozen", "PilotCapitalReleased",
            "CapitalBudgetSet", "ApprovalLimitSet", "ApprovalLimitRemoved", "FourEyesThresholdSet", "ApprovalWindowSet");

    private final PortfolioReader reader;
    private final AuditExport export;

    public AuditPage(PortfolioReader reader, AuditExport export) {
        this.reader = reader;
        this.export = export;
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
        model.addAttribute("page", current);
        model.addAttribute("lastPage", Math.max(0, (history.totalEntries() - 1) / PAGE_SIZE));
        return "audit";
    }

    /** The same export as the API's, from the event store, with the page's filters. */
    @GetMapping("/audit.csv")
    public void csv(@ModelAttribute AuditFilter filters, HttpServletResponse response) throws IOException {
        export.writeCsv(filters.export(), response);
    }
}
