package com.pilotledger.command.bus;

import com.pilotledger.api.capital.CapitalCommand;
import com.pilotledger.api.pilot.PilotCommand;
import com.pilotledger.api.policy.ReadinessPolicyCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With several instances behind Axon Server a command without a routing key would go to a random instance, and two
 * instances would decide on one aggregate at once. Every command a handler of this module takes (found by scanning the
 * handlers, so a new command cannot be forgotten) must resolve to the aggregate it names.
 */
class LedgerRoutingStrategyTest {

    private static final String PILOT = "pilot-7";
    private final LedgerRoutingStrategy routing = new LedgerRoutingStrategy();

    @Test
    void everyHandledCommandIsRoutedByTheAggregateItNames() {
        Set<Class<?>> commands = handledCommands();
        assertThat(commands).as("the scan finds the handlers").hasSizeGreaterThan(20);

        for (Class<?> command : commands) {
            Object payload = sample(command);
            String key = routing.getRoutingKey(GenericCommandMessage.asCommandMessage(payload));
            String expected = payload instanceof PilotCommand pilotCommand && pilotCommand.pilotId() != null ? PILOT
                    : payload instanceof CapitalCommand ? CapitalCommand.PORTFOLIO
                    : payload instanceof ReadinessPolicyCommand ? ReadinessPolicyCommand.BOOK : null;
            assertThat(key).as("routing key of %s", command.getSimpleName()).isNotNull().isEqualTo(expected);
        }
    }

    @Test
    void aCommandNamingNoAggregateIsRefusedRatherThanSentAnywhere() {
        assertThatThrownBy(() -> routing.getRoutingKey(GenericCommandMessage.asCommandMessage("a stray command")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no routing key");
    }

    /** The first parameter of every command handler (method or constructor) in this module's classes. */
    private static Set<Class<?>> handledCommands() {
        Set<Class<?>> commands = new TreeSet<>(Comparator.comparing(Class::getName));
        Path root;
        try {
            root = Path.of(LedgerRoutingStrategy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, LedgerRoutingStrategyTest.class.getClassLoader());
                Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                        .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                        .map(Executable::getParameterTypes)
                        .forEach(parameters -> commands.add(parameters[0]));
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("Cannot scan the command handlers", e);
        }
        return commands;
    }

    /** An instance of a command record with plausible values, its pilot id {@link #PILOT}. */
    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return PILOT;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == LocalDate.class) {
            return LocalDate.EPOCH;
        }
        if (type == Duration.class) {
            return Duration.ofDays(1);
        }
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(PILOT.getBytes());
        }
        if (List.class.isAssignableFrom(type) || Collection.class == type) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(types).newInstance(
                        Arrays.stream(types).map(LedgerRoutingStrategyTest::sample).toArray());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("Cannot build a sample " + type.getName() + ": " + e.getCause(), e);
            }
        }
        throw new AssertionError("No sample value for " + type.getName());
    }
}
