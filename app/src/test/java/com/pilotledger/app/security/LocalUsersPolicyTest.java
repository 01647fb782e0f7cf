package com.pilotledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Local users with passwords are for the embedded default: a production start refuses them unless allowed. */
class LocalUsersPolicyTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LedgerUsers.class)
    @Import(LocalUsersPolicy.class)
    static class Policy {
    }

    /** As application.yml configures the demo users. */
    private final ApplicationContextRunner demo = new ApplicationContextRunner().withUserConfiguration(Policy.class)
            .withPropertyValues("pilot-ledger.users[0].username=eve",
                    "pilot-ledger.users[0].password-hash={bcrypt}$2a$10$jvxtjqGeFsfvV9so0ntQFOr0FC3lxQnHjtspSKm1PQ6efuk94/y2W",
                    "pilot-ledger.users[0].roles=EXECUTIVE");

    @Test
    void theEmbeddedDefaultStartsWithItsLocalUsers() {
        demo.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(LocalUsersPolicy.class);
            assertThat(context.getBean(LedgerUsers.class).users()).hasSize(1);
        });
    }

    @Test
    void aProductionStartWithLocalUsersIsRefusedInOneLine() {
        demo.withPropertyValues("spring.profiles.active=postgres,production").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(new LocalUsersRefusedAnalyzer().analyze(failure).getDescription())
                    .isEqualTo(LocalUsersRefusedAnalyzer.description(1))
                    .contains("production profile is active", "--pilot-ledger.users=",
                            "--pilot-ledger.security.local-users-allowed=true")
                    .doesNotContain("\n");
        });
    }

    @Test
    void aProductionStartWithLocalUsersAllowedOnPurposeStarts() {
        demo.withPropertyValues("spring.profiles.active=production", "pilot-ledger.security.local-users-allowed=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    /** What the refusal tells an operator to do: an empty value given on the command line replaces the whole list. */
    @Test
    void aProductionStartWithTheListEmptiedOnTheCommandLineStarts() {
        demo.withPropertyValues("spring.profiles.active=production")
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new MapPropertySource("commandLineArgs", Map.of("pilot-ledger.users", ""))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(LedgerUsers.class).users()).isEmpty();
                });
    }

    @Test
    void otherFailuresAreLeftToTheOtherAnalyzers() {
        assertThat(new LocalUsersRefusedAnalyzer().analyze(new IllegalStateException("something else"))).isNull();
    }
}
