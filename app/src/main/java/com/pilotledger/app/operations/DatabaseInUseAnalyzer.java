package com.pilotledger.app.operations;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

import java.sql.SQLException;

/**
 * A second instance started on the embedded database of a running one: H2 refuses to open a file another process
 * holds. Spring Boot then reports, instead of the exception's stack, one line that says what is wrong and what to do.
 * Registered in {@code META-INF/spring.factories}; Spring Boot hands it the environment the start-up failed in.
 */
public class DatabaseInUseAnalyzer implements FailureAnalyzer {

    /** H2's code for "Database may be already in use" (org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1). */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String H2_FILE = "jdbc:h2:file:";

    private final Environment environment;

    public DatabaseInUseAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException refused && refused.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new FailureAnalysis(description(), null, failure);
            }
        }
        return null;
    }

    private String description() {
        return "The database " + database() + " is in use by another process (is Pilot Ledger already running on "
                + "this data folder?): stop the other instance, or start this one on another folder with "
                + "--pilot-ledger.data-dir=<folder> (or on another database with --spring.datasource.url=<url>).";
    }

    /** The database file as configured (./data/pilot-ledger by default), without the URL's settings. */
    private String database() {
        String url = environment.getProperty("spring.datasource.url", "");
        String file = url.startsWith(H2_FILE) ? url.substring(H2_FILE.length()) : url;
        return file.contains(";") ? file.substring(0, file.indexOf(';')) : file;
    }
}
