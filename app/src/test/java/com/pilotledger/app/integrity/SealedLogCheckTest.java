package com.pilotledger.app.integrity;

import com.pilotledger.app.integrity.SealedLogCheck.SealedLogSettingException;
import com.pilotledger.app.operations.SealedLogSettingAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SealedLogCheckTest {

    @Test
    void axonServerWithoutSayingThatNoSealedLogIsKeptIsRefusedInOneLineSayingWhatToDo() {
        SealedLogSettingException refused = refusal(new MockEnvironment()
                .withProperty("axon.axonserver.enabled", "true"));

        FailureAnalysis analysis = new SealedLogSettingAnalyzer().analyze(refused);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Axon Server is enabled (axon.axonserver.enabled=true)")
                .contains("--pilot-ledger.integrity.sealed-log=false", "409 SEALED_LOG_NOT_KEPT")
                .doesNotContain("\n");
    }

    @Test
    void axonServerWithTheSealedLogAskedForIsRefused() {
        refusal(new MockEnvironment().withProperty("axon.axonserver.enabled", "true")
                .withProperty("pilot-ledger.integrity.sealed-log", "true"));
    }

    @Test
    void axonServerStartsWhenTheStartSaysNoSealedLogIsKept() {
        assertThatCode(() -> new SealedLogCheck(new MockEnvironment().withProperty("axon.axonserver.enabled", "true")
                .withProperty("pilot-ledger.integrity.sealed-log", "false"))).doesNotThrowAnyException();
    }

    @Test
    void theDatabaseStoreIsSealedByDefault() {
        assertThatCode(() -> new SealedLogCheck(new MockEnvironment().withProperty("axon.axonserver.enabled", "false")))
                .doesNotThrowAnyException();
        assertThatCode(() -> new SealedLogCheck(new MockEnvironment())).doesNotThrowAnyException();
    }

    @Test
    void theDatabaseStoreIsNeverLeftUnsealed() {
        SealedLogSettingException refused = refusal(new MockEnvironment()
                .withProperty("pilot-ledger.integrity.sealed-log", "false"));

        assertThat(new SealedLogSettingAnalyzer().analyze(refused).getDescription())
                .startsWith("pilot-ledger.integrity.sealed-log=false is for Axon Server only").doesNotContain("\n");
    }

    private static SealedLogSettingException refusal(MockEnvironment environment) {
        SealedLogSettingException refused = catchThrowableOfType(SealedLogSettingException.class,
                () -> new SealedLogCheck(environment));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
