package com.pilotledger.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the event store to an HTTP response as it is read, as CSV or JSON Lines, for the API and the audit page
 * alike. The response is written on the request's own thread rather than as an asynchronous
 * {@code StreamingResponseBody}: an export of a large store outlasts the servlet container's asynchronous timeout
 * (30 s), and memory stays constant either way. A failure after the first bytes cuts the response short (the chunked
 * transfer never ends properly), so a client can tell a partial export from a whole one.
 */
@Component
public class AuditExport {

    private final StoredEvents events;
    private final JsonMapper json;

    public AuditExport(StoredEvents events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    public void writeCsv(AuditExportFilter filter, HttpServletResponse response) throws IOException {
        start(response, "text/csv", "csv");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write(AuditCsv.HEADER);
        events.forEach(filter, event -> write(out, AuditCsv.row(event)));
        out.flush();
    }

    public void writeJsonLines(AuditExportFilter filter, HttpServletResponse response) throws IOException {
        start(response, "application/jsonl", "jsonl");
        OutputStream out = response.getOutputStream();
        events.forEach(filter, event -> {
            try {
                out.write(json.writeValueAsBytes(event));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private static void start(HttpServletResponse response, String mediaType, String extension) {
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("pilot-ledger-events." + extension).build().toString());
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
