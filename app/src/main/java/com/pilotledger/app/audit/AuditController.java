package com.pilotledger.app.audit;

import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.audit.AuditTimeBasis;
import com.pilotledger.api.audit.FindAuditHistory;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WithinTime;
import com.pilotledger.app.portfolio.PortfolioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;
import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The audit history: every event, of one pilot or of the whole portfolio, in the order it was stored, each with when
 * it happened (business time) and when it was recorded.
 */
@RestController
@Tag(name = "Audit")
public class AuditController {

    private final PortfolioReader reader;
    private final JsonMapper json;

    public AuditController(PortfolioReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @GetMapping("/api/pilots/{pilotId}/history")
    @Operation(summary = "Every event of one pilot, in order, with actor, time, summary and payload")
    public AuditHistoryResponse pilotHistory(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        reader.pilot(pilotId);
        return respond(reader.audit(new FindAuditHistory(pilotId, null, null, null, null, null, page, size)));
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Every event of the portfolio in global order, filtered by pilot, type, actor and time: "
            + "business time (when it happened) or recording time (timeBasis=business|recorded)")
    public AuditHistoryResponse portfolioHistory(@RequestParam(required = false) @LineOfText(max = IDENTIFIER) String pilotId,
                                                 @RequestParam(required = false) @LineOfText(max = NAME) String eventType,
                                                 @RequestParam(required = false) @LineOfText(max = NAME) String actor,
                                                 @RequestParam(required = false) @WithinTime Instant from,
                                                 @RequestParam(required = false) @WithinTime Instant to,
                                                 @RequestParam(defaultValue = "business") AuditTimeBasis timeBasis,
                                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return respond(reader.audit(new FindAuditHistory(pilotId, eventType, actor, from, to, timeBasis, page,
                size)));
    }

    private AuditHistoryResponse respond(AuditHistory history) {
        return new AuditHistoryResponse(history.entries().stream().map(e -> AuditEntryResponse.of(e, json)).toList(),
                history.page(), history.size(), history.totalEntries());
    }
}
