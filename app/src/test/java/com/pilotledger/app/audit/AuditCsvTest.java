package com.pilotledger.app.audit;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void quotesEveryTextCellAndDoublesItsQuotes() {
        assertThat(AuditCsv.cell("said \"yes\", then\r\nleft")).isEqualTo("\"said \"\"yes\"\", then\r\nleft\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void prefixesACellThatASpreadsheetWouldRunAsAFormula() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(AuditCsv.cell("a=b")).isEqualTo("\"a=b\"");
    }

    @Test
    void writesOneRecordPerEventEndedByCrLf() {
        StoredEvent event = new StoredEvent(7, "e-1", "Pilot", "p-1", 3, "com.pilotledger.api.pilot.PilotPaused",
                "2026-04-14T10:00:00Z", "2026-11-30T09:00:00.123Z", "pam", Set.of("PORTFOLIO_MANAGER"), "c-1",
                "{\"reason\":\"a, b\"}");

        assertThat(AuditCsv.row(event)).isEqualTo("7,\"e-1\",\"Pilot\",\"p-1\",3,\"com.pilotledger.api.pilot.PilotPaused\","
                + "\"Pilot paused\",\"2026-04-14T10:00:00Z\",\"2026-11-30T09:00:00.123Z\",\"pam\",\"PORTFOLIO_MANAGER\",\"c-1\",\"{\"\"reason\"\":\"\"a, b\"\"}\"\r\n");
    }
}
