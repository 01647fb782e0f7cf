package com.pilotledger.app.operations;

import com.pilotledger.app.integrity.SealedLogCheck.SealedLogSettingException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that would keep the sealed log where it cannot be kept (Axon Server), or drop it where it must be kept (the
 * database's event store), is reported in one line that says what to do. Registered in {@code META-INF/spring.factories}.
 */
public class SealedLogSettingAnalyzer extends AbstractFailureAnalyzer<SealedLogSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SealedLogSettingException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
