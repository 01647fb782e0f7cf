package com.pilotledger.app.web;

import com.pilotledger.api.audit.AuditEntry;
import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.app.audit.AuditExport;
import com.pilotledger.app.audit.EventWords;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.evidence.EvidencePacks;
import com.pilotledger.app.evidence.EvidenceScope;
import com.pilotledger.app.integrity.Checkpoints;
import com.pilotledger.app.integrity.LedgerVerification;
import com.pilotledger.app.integrity.NoCheckpointYetException;
import com.pilotledger.app.integrity.SigningKey;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.verifier.Checkpoint;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit history as a timeline: actor, when it happened and when it was recorded, type (in words, see
 * {@link EventWords}), summary and the payload as stored; filtered by pilot, actor, event type and a range of UTC days of either time, paged. Auditors and
 * administrators download it as CSV with the same filters, read from the event store itself (see {@link AuditExport}).
 * The page also shows the latest verification of the sealed log, which auditors and administrators run again at once,
 * and offers what auditors keep outside the system: evidence packs ({@link EvidencePacks}), the latest signed
 * checkpoint and the public key.
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
    private final EvidencePacks packs;
    private final LedgerVerification verification;
    private final Checkpoints checkpoints;
    private final SigningKey key;

    public AuditPage(PortfolioReader reader, AuditExport export, EvidencePacks packs, LedgerVerification verification,
                     Checkpoints checkpoints, SigningKey key) {
        this.reader = reader;
        this.export = export;
        this.packs = packs;
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.key = key;
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
        model.addAttribute("verification", VerificationStatus.of(verification.latest()));
        return "audit";
    }

    @PostMapping("/audit/verification")
    public String verifyNow() {
        verification.verifyNow();
        return "redirect:/audit#verification";
    }

    /** A pack of a pilot, of a range of UTC days (both included), or of the whole portfolio. */
    @GetMapping("/audit/evidence-pack")
    public void evidencePack(@RequestParam(required = false) String pilotId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate to,
                             Principal principal, HttpServletResponse response) throws IOException {
        packs.write(EvidenceScope.of(pilotId, startOf(from), to == null ? null : startOf(to.plusDays(1))),
                principal.getName(), response);
    }

    @GetMapping(value = "/audit/checkpoint.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> latestCheckpoint() {
        Checkpoint checkpoint = checkpoints.latest().orElseThrow(NoCheckpointYetException::new);
        return attachment("pilot-ledger-checkpoint-" + checkpoint.events() + ".txt", checkpoint.toText());
    }

    @GetMapping(value = "/audit/public-key.pem", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> publicKey() {
        return attachment("pilot-ledger-public-key-" + key.id() + ".pem", key.publicKeyPem());
    }

    private static ResponseEntity<String> attachment(String fileName, String text) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName).build().toString()).body(text);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The same export as the API's, from the event store, with the page's filters. */
    @GetMapping("/audit.csv")
    public void csv(@ModelAttribute AuditFilter filters, HttpServletResponse response) throws IOException {
        export.writeCsv(filters.export(), response);
    }
}
