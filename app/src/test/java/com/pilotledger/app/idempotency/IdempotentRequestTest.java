package com.pilotledger.app.idempotency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentRequestTest {

    private static final String PAUSE = "/api/pilots/p-1/pause";

    @Test
    void theSameRequestWithTheSameKeyIsTheSameCommand() {
        assertThat(request("pam", PAUSE, "k", "{\"reason\":\"Hold\"}").commandKey())
                .isEqualTo(request("pam", PAUSE, "k", "{\"reason\":\"Hold\"}").commandKey());
    }

    @Test
    void aKeyIsAnotherKeyForAnotherUserOrEndpoint() {
        IdempotentRequest pause = request("pam", PAUSE, "k", "{\"reason\":\"Hold\"}");
        IdempotentRequest byAnother = request("eve", PAUSE, "k", "{\"reason\":\"Hold\"}");
        IdempotentRequest elsewhere = request("pam", "/api/pilots/p-1/kill", "k", "{\"reason\":\"Hold\"}");
        assertThat(byAnother.scope()).isNotEqualTo(pause.scope());
        assertThat(elsewhere.scope()).isNotEqualTo(pause.scope());
        assertThat(byAnother.commandKey()).isNotEqualTo(pause.commandKey());
        assertThat(elsewhere.commandKey()).isNotEqualTo(pause.commandKey());
    }

    @Test
    void anotherBodyOrParameterIsAnotherRequestUnderTheSameKey() {
        IdempotentRequest pause = request("pam", PAUSE, "k", "{\"reason\":\"Hold\"}");
        IdempotentRequest otherBody = request("pam", PAUSE, "k", "{\"reason\":\"Stop\"}");
        IdempotentRequest otherParameter = IdempotentRequest.of("pam", "POST", PAUSE, "k",
                Map.of("reason", new String[]{"Stop"}), "{\"reason\":\"Hold\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(otherBody.scope()).isEqualTo(pause.scope());
        assertThat(otherBody.fingerprint()).isNotEqualTo(pause.fingerprint());
        assertThat(otherParameter.fingerprint()).isNotEqualTo(pause.fingerprint());
        assertThat(otherBody.commandKey()).isNotEqualTo(pause.commandKey());
    }

    private static IdempotentRequest request(String actor, String path, String key, String body) {
        return IdempotentRequest.of(actor, "POST", path, key, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }
}
