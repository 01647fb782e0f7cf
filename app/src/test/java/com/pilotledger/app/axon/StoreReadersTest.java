package com.pilotledger.app.axon;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Which reader of the event store each feature gets: the database's event table unless Axon Server is enabled, and
 * then Axon Server's API, never both (the database's table is empty there).
 */
class StoreReadersTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Readers.class)
            .withBean(JdbcClient.class, () -> mock(JdbcClient.class))
            .withBean(JsonMapper.class, JsonMapper::new)
            .withBean("eventSerializer", Serializer.class, () -> mock(Serializer.class))
            .withBean(EventStore.class, () -> mock(EventStore.class))
            .withBean(EventHistory.class, () -> mock(EventHistory.class));

    @Test
    void theDatabasesEventTableIsReadByDefault() {
        runner.run(context -> assertThat(readers(context.getBeanDefinitionNames()))
                .containsExactlyInAnyOrder("jdbcStoredEvents", "jdbcStreamEvents", "jdbcPilotRoster"));
    }

    @Test
    void theDatabasesEventTableIsReadWithoutAxonServer() {
        runner.withPropertyValues(AxonServerWiring.ENABLED + "=false")
                .run(context -> assertThat(readers(context.getBeanDefinitionNames()))
                        .containsExactlyInAnyOrder("jdbcStoredEvents", "jdbcStreamEvents", "jdbcPilotRoster"));
    }

    @Test
    void axonServerIsReadThroughItsApiWhenItHoldsTheEvents() {
        runner.withPropertyValues(AxonServerWiring.ENABLED + "=true")
                .run(context -> assertThat(readers(context.getBeanDefinitionNames())).containsExactlyInAnyOrder(
                        "axonServerStoredEvents", "axonServerStreamEvents", "axonServerPilotRoster"));
    }

    private static String[] readers(String[] beanNames) {
        return Arrays.stream(beanNames)
                .filter(name -> name.matches("(jdbc|axonServer)(StoredEvents|StreamEvents|PilotRoster)"))
                .toArray(String[]::new);
    }

    /** The readers as the application scans them, and nothing else of their packages. */
    @ComponentScan(basePackages = {"com.pilotledger.app.audit", "com.pilotledger.app.decision",
            "com.pilotledger.app.policy"}, useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
            type = FilterType.REGEX, pattern = ".*\\.(Jdbc|AxonServer)(StoredEvents|StreamEvents|PilotRoster)"))
    static class Readers {
    }
}
