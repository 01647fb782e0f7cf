package com.pilotledger.app.integrity;

import com.pilotledger.verifier.JdbcLedger;
import com.pilotledger.verifier.LedgerUnreadableException;
import com.pilotledger.verifier.VerificationReport;
import com.pilotledger.verifier.Verifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The application runs the auditors' own verifier over its database: on demand, on a schedule
 * ({@code pilot-ledger.integrity.verify-interval}) and before a rebuild of the views. It trusts only the key it signs
 * with, never the keys the database publishes. The latest outcome feeds the audit page and health.
 */
@Component
public class LedgerVerification {

    private static final Logger log = LoggerFactory.getLogger(LedgerVerification.class);

    private final DataSource dataSource;
    private final EventSealer sealer;
    private final SigningKey key;
    private final Clock clock;
    private volatile IntegrityCheck latest;

    LedgerVerification(DataSource dataSource, EventSealer sealer, SigningKey key, Clock clock) {
        this.dataSource = dataSource;
        this.sealer = sealer;
        this.key = key;
        this.clock = clock;
    }

    /** Seals what is new, then verifies every seal, event, sequence, checkpoint and authorization. */
    public synchronized IntegrityCheck verifyNow() {
        Instant checkedAt = clock.instant();
        long started = System.nanoTime();
        IntegrityCheck check;
        try {
            sealer.sealNow();
            VerificationReport report = verify();
            check = new IntegrityCheck(checkedAt, Duration.ofNanos(System.nanoTime() - started), report, null);
            if (check.passed()) {
                log.info("The sealed log verified: {} events, verified up to event {} in {} ms", report.events(),
                        report.verifiedUpTo(), check.took().toMillis());
            } else {
                log.error("The sealed log FAILED verification: {}", report.toText());
            }
        } catch (SQLException | RuntimeException e) {
            check = new IntegrityCheck(checkedAt, Duration.ofNanos(System.nanoTime() - started), null,
                    e.getMessage());
            log.error("The sealed log could not be verified", e);
        }
        latest = check;
        return check;
    }

    public Optional<IntegrityCheck> latest() {
        return Optional.ofNullable(latest);
    }

    private VerificationReport verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                return new Verifier(List.of(key.publicKey()), List.of()).verify(new JdbcLedger(connection));
            } catch (LedgerUnreadableException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                connection.rollback();
            }
        }
    }
}
