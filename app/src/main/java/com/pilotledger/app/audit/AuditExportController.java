package com.pilotledger.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The auditor's export: every stored event, straight from the event store, as CSV or JSON Lines; optionally of one
 * aggregate ({@code aggregateId}, a pilot's id), one {@code eventType}, one {@code actor}, and from (inclusive) and to
 * (exclusive) ISO-8601 instants of business time or, with {@code timeBasis=recorded}, of recording time.
 */
@RestController
@Tag(name = "Audit")
public class AuditExportController {

    private final AuditExport export;

    public AuditExportController(AuditExport export) {
        this.export = export;
    }

    @GetMapping("/api/audit/export.csv")
    @Operation(summary = "Every stored event in global order as CSV (auditors and administrators)")
    public void csv(@ParameterObject AuditExportFilter filter, HttpServletResponse response) throws IOException {
        export.writeCsv(filter, response);
    }

    @GetMapping("/api/audit/export.jsonl")
    @Operation(summary = "Every stored event in global order as JSON Lines (auditors and administrators)")
    public void jsonLines(@ParameterObject AuditExportFilter filter, HttpServletResponse response) throws IOException {
        export.writeJsonLines(filter, response);
    }
}
