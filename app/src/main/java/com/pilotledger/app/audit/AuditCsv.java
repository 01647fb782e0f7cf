package com.pilotledger.app.audit;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The export as CSV (RFC 4180): every text cell quoted, quotes doubled, records ended by CRLF, so commas and line
 * breaks in evidence survive. A text cell that begins with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so a spreadsheet shows it as text rather than running it as a formula (CSV injection); the JSON Lines
 * export is never altered. Beside the stored type name, the column {@code event} names it in words for the people who
 * read the sheet ({@link EventWords}).
 */
final class AuditCsv {

    static final String HEADER = "global_index,event_id,aggregate_type,aggregate_id,sequence_number,event_type,event,"
            + "business_time,recorded_at,actor,roles,correlation_id,payload\r\n";

    private AuditCsv() {
    }

    static String row(StoredEvent event) {
        return event.globalIndex() + "," + Stream.of(event.eventId(), event.aggregateType(), event.aggregateId())
                .map(AuditCsv::cell).collect(Collectors.joining(",")) + "," + event.sequenceNumber() + ","
                + Stream.of(event.eventType(), EventWords.of(event.eventType()), event.businessTime(),
                        event.recordedAt(), event.actor(), String.join(",", event.roles()), event.correlationId(),
                        event.payload())
                        .map(AuditCsv::cell).collect(Collectors.joining(","))
                + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
