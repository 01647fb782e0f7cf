package com.pilotledger.app.e2e;

import com.pilotledger.app.projection.ProjectionRebuild;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger whose history is older than its notifications (they came with an upgrade): the notifications keep quiet
 * about that history, every other processor does not. The notifications' epoch was once put on every processor, and a
 * rebuild then left the views without the history older than it.
 */
class HistoryOlderThanNotificationsEndToEndTest extends EndToEndTest {

    @Test
    void aRebuildReplaysTheHistoryOlderThanTheNotifications() {
        client.post("pam", "/api/pilots", registration("Older than notifications", "Stores", "owen", "70000.00"));
        List<Map<String, Object>> board = ledger.rows("board_pilot", "pilot_id");
        List<Map<String, Object>> audit = ledger.rows("audit_entry", "global_index");
        ledger.jdbc().update("UPDATE notification_epoch SET started_at = ?", Timestamp.from(Instant.now()));
        ledger.stop();
        ledger.start();
        client = ledger.client();

        assertThat(ledger.bean(ProjectionRebuild.class).rebuildAll(Duration.ofSeconds(60))).isTrue();

        assertThat(board).extracting(row -> row.get("name")).contains("Older than notifications");
        assertThat(ledger.rows("board_pilot", "pilot_id")).isEqualTo(board);
        assertThat(ledger.rows("audit_entry", "global_index")).isEqualTo(audit);
    }
}
