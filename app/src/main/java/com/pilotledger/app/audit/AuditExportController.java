package com.pilotledger.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;

/** The auditor's export: every stored event, straight from the event store, as CSV or JSON Lines. */
@RestController
@Tag(name = "Audit")
public class AuditExportController {

    private final AuditExport export;

    public AuditExportController(AuditExport export) {
        this.export = export;
    }

    @GetMapping("/api/audit/export.csv")
    @Operation(summary = "Every stored event in global order as CSV (auditors and administrators)")
    public void csv(@Parameter(description = "a pilot's id: its own events") @RequestParam(required = false)
                    String aggregateId,
                    @Parameter(description = "inclusive, ISO-8601") @RequestParam(required = false) Instant from,
                    @Parameter(description = "exclusive, ISO-8601") @RequestParam(required = false) Instant to,
                    HttpServletResponse response) throws IOException {
        export.writeCsv(new AuditExportFilter(aggregateId, null, null, from, to), response);
    }

    @GetMapping("/api/audit/export.jsonl")
    @Operation(summary = "Every stored event in global order as JSON Lines (auditors and administrators)")
    public void jsonLines(@Parameter(description = "a pilot's id: its own events") @RequestParam(required = false)
                          String aggregateId,
                          @Parameter(description = "inclusive, ISO-8601") @RequestParam(required = false) Instant from,
                          @Parameter(description = "exclusive, ISO-8601") @RequestParam(required = false) Instant to,
                          HttpServletResponse response) throws IOException {
        export.writeJsonLines(new AuditExportFilter(aggregateId, null, null, from, to), response);
    }
}
