package com.pilotledger.app.operations;

import com.pilotledger.app.axon.SharedDatabaseCheck.EmbeddedDatabaseWithAxonServerException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that would split the data between instances (Axon Server on the embedded database) is reported in one line
 * that says what to do, instead of a stack of bean creation failures. Registered in {@code META-INF/spring.factories}.
 */
public class SplitDataAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseWithAxonServerException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseWithAxonServerException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
