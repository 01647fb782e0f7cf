package com.pilotledger.app.integrity;

import com.pilotledger.verifier.AuthorityViolation;
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
import java.util.concurrent.CompletableFuture;

/**
 * The application runs the auditors' own verifier over its database: on demand, on a schedule
 * ({@code pilot-ledger.integrity.verify-interval}) and before a rebuild of the views. It trusts only the key it signs
 * with, never the keys the database publishes. The latest outcome feeds the audit page and health.
 */
@Component
@SealedLogKept
public class LedgerVerification {

    private static final Logger log = LoggerFactory.getLogger(LedgerVerification.class);

    private final DataSource dataSource;
    private final EventSealer sealer;
    private final SigningKey key;
    private final Clock clock;
    private volatile IntegrityCheck latest;
    /** The verification under way, which a caller arriving meanwhile waits for rather than starting another. */
    private CompletableFuture<IntegrityCheck> running;

    LedgerVerification(DataSource dataSource, EventSealer sealer, SigningKey key, Clock clock) {
        this.dataSource = dataSource;
        this.sealer = sealer;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Seals what is new, then verifies every seal, event, sequence, checkpoint and authorization. A verification of a
     * large log takes seconds: callers arriving while one runs get its outcome, so that repeated requests cannot pile
     * up verifications.
     */
    public IntegrityCheck verifyNow() {
        CompletableFuture<IntegrityCheck> outcome;
        synchronized (this) {
            if (running != null) {
                outcome = running;
            } else {
                running = new CompletableFuture<>();
                outcome = null;
            }
        }
        if (outcome != null) {
            return outcome.join();
        }
        IntegrityCheck check = null;
        try {
            check = verify();
            return check;
        } finally {
            synchronized (this) {
                if (check == null) {
                    running.completeExceptionally(new IllegalStateException("The verification did not finish"));
                } else {
                    running.complete(check);
                }
                running = null;
            }
        }
    }

    private IntegrityCheck verify() {
        Instant checkedAt = clock.instant();
        long started = System.nanoTime();
        IntegrityCheck check;
        try {
            sealer.sealNow();
            VerificationReport report = readAndVerify();
            check = new IntegrityCheck(checkedAt, Duration.ofNanos(System.nanoTime() - started), report, null);
            if (check.passed()) {
                log.info("The sealed log verified: {} events, verified up to event {} in {} ms", report.events(),
                        report.verifiedUpTo(), check.took().toMillis());
            } else {
                log.error("The sealed log FAILED verification ({} findings, {} authority violations); first: {}",
                        report.findingsTotal(), report.authority().violations().size(), firstProblem(report));
            }
        } catch (SQLException | RuntimeException e) {
            check = new IntegrityCheck(checkedAt, Duration.ofNanos(System.nanoTime() - started), null,
                    e.getMessage());
            log.error("The sealed log could not be verified", e);
        }
        latest = check;
        return check;
    }

    private static String firstProblem(VerificationReport report) {
        if (!report.intact()) {
            return report.firstFinding().toText();
        }
        AuthorityViolation violation = report.authority().violations().get(0);
        return violation.rule() + " at global index " + violation.globalIndex() + ": " + violation.detail();
    }

    public Optional<IntegrityCheck> latest() {
        return Optional.ofNullable(latest);
    }

    private VerificationReport readAndVerify() throws SQLException {
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
