package com.pilotledger.app.web;

import com.pilotledger.api.audit.AuditEntry;
import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.app.portfolio.PortfolioReader;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit history as a timeline: actor, time, type, summary and the payload as stored; filtered by pilot, actor,
 * event type and date range (UTC days), paged, and downloadable as CSV with the same filters.
 */
@Controller
public class AuditPage {

    static final int PAGE_SIZE = 50;
    static final int CSV_LIMIT = 10_000;
    static final List<String> EVENT_TYPES = List.of("PilotRegistered", "SignalRecorded", "PostureRecommendationChanged",
            "InvestmentAuthorizationRequested", "InvestmentAuthorized", "InvestmentRequestClosed", "PilotPaused",
            "PilotKilled", "CapitalReserved", "CapitalRequestApproved", "CapitalRequestRejected", "CapitalRequestExpired",
            "CapitalCommitted", "CapitalReservationReleased", "PilotCapitalFrozen", "PilotCapitalReleased",
            "CapitalBudgetSet", "ApprovalLimitSet", "ApprovalLimitRemoved", "FourEyesThresholdSet", "ApprovalWindowSet");

    private final PortfolioReader reader;

    public AuditPage(PortfolioReader reader) {
        this.reader = reader;
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

    @GetMapping("/audit.csv")
    public void csv(@ModelAttribute AuditFilter filters, HttpServletResponse response) throws IOException {
        AuditHistory history = reader.audit(filters.query(0, CSV_LIMIT));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pilot-ledger-audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.println("global_index,occurred_at,pilot_id,event_type,actor,correlation_id,summary,payload");
        for (AuditEntry entry : history.entries()) {
            out.println(String.join(",", String.valueOf(entry.globalIndex()), entry.occurredAt().toString(),
                    csv(entry.pilotId()), csv(entry.eventType()), csv(entry.actor()), csv(entry.correlationId()),
                    csv(entry.summary()), csv(entry.payloadJson())));
        }
        out.flush();
    }

    /** RFC 4180: every field quoted, quotes doubled, so commas and line breaks in evidence survive. */
    private static String csv(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
