package com.pilotledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The auditor's command line, over the database or over an evidence pack ({@link EvidencePack}) offline:
 * <pre>
 * java -jar pilot-ledger-verifier.jar (--jdbc URL [--user NAME] [--password SECRET] | --pack FILE.zip)
 *      [--public-key FILE]... [--checkpoint FILE]...
 * </pre>
 * Prints the report; exits 0 when the log is intact and every authorization within authority, 1 when the log was
 * tampered with, 2 when it is intact but an authorization exceeded authority, 3 when nothing could be verified.
 */
public final class VerifierCommand {

    static final int CANNOT_VERIFY = 3;

    private static final String USAGE = """
            Usage: java -jar pilot-ledger-verifier.jar (--jdbc URL [--user NAME] [--password SECRET] | --pack FILE.zip)
                        [--public-key FILE]... [--checkpoint FILE]...
              --jdbc URL          the ledger's database, e.g. jdbc:postgresql://db:5432/pilot_ledger or, with the
                                  application stopped, jdbc:h2:file:./data/pilot-ledger;MODE=PostgreSQL
              --pack FILE.zip     an evidence pack (GET /api/audit/evidence-pack), verified offline instead
              --public-key FILE   your copy of the ledger's public key (PEM), from GET /api/integrity/public-key;
                                  without one, the keys the database or the pack publishes are used, and the report
                                  says so
              --checkpoint FILE   a checkpoint you kept (GET /api/integrity/checkpoints/latest): today's log must
                                  extend it
            Exit status: 0 intact, 1 tampered with, 2 an authorization beyond authority, 3 could not verify.
            """;

    private VerifierCommand() {
    }

    public static void main(String[] arguments) {
        System.exit(run(arguments, System.out, System.err));
    }

    static int run(String[] arguments, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return CANNOT_VERIFY;
        }
        Verifier verifier = new Verifier(options.keys, options.kept);
        try {
            VerificationReport report = options.pack == null ? verifyDatabase(options, verifier)
                    : verifyPack(options.pack, verifier);
            out.print(report.toText());
            return report.exitCode();
        } catch (SQLException | RuntimeException e) {
            // A row that cannot even be read as what it should be (a key that is no key, a time that is no time) leaves
            // nothing verified: said so, never an intact log.
            err.println("Could not verify: " + e.getMessage());
            return CANNOT_VERIFY;
        }
    }

    private static VerificationReport verifyDatabase(Options options, Verifier verifier) throws SQLException {
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.user, options.password)) {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            VerificationReport report = verifier.verify(new JdbcLedger(connection));
            connection.rollback();
            return report;
        }
    }

    private static VerificationReport verifyPack(Path file, Verifier verifier) {
        try (EvidencePack pack = EvidencePack.open(file)) {
            return verifier.verify(pack);
        }
    }

    private static final class Options {
        private String jdbc;
        private Path pack;
        private String user = "";
        private String password = "";
        private final List<PublicKey> keys = new ArrayList<>();
        private final List<Checkpoint> kept = new ArrayList<>();

        static Options parse(String[] arguments) {
            Options options = new Options();
            for (int i = 0; i < arguments.length; i++) {
                String name = arguments[i];
                if (i + 1 >= arguments.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = arguments[++i];
                switch (name) {
                    case "--jdbc" -> options.jdbc = value;
                    case "--pack" -> options.pack = Path.of(value);
                    case "--user" -> options.user = value;
                    case "--password" -> options.password = value;
                    case "--public-key" -> options.keys.add(SigningKeys.publicKey(read(value)));
                    case "--checkpoint" -> options.kept.add(Checkpoint.parse(read(value)));
                    default -> throw new IllegalArgumentException("Unknown option " + name);
                }
            }
            if ((options.jdbc == null) == (options.pack == null)) {
                throw new IllegalArgumentException("Say where the ledger is: --jdbc URL or --pack FILE.zip");
            }
            return options;
        }

        /** An H2 URL opens only an existing database: a mistyped path must not verify a new, empty one as intact. */
        String jdbcUrl() {
            return jdbc.startsWith("jdbc:h2:") && !jdbc.toUpperCase().contains("IFEXISTS") ? jdbc + ";IFEXISTS=TRUE"
                    : jdbc;
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}
