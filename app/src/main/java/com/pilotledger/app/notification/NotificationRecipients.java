package com.pilotledger.app.notification;

import com.pilotledger.api.capital.ApprovalLimitView;
import com.pilotledger.api.capital.ApprovalLimits;
import com.pilotledger.api.capital.HolderKind;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.app.notification.UserDirectory.Person;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.security.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Who a notification is for, found in the {@link UserDirectory}. */
@Component
class NotificationRecipients {

    /** The roles that may approve or reject a request (the API's and the pages' rule). */
    private static final List<Role> CHECKER_ROLES = List.of(Role.EXECUTIVE, Role.PORTFOLIO_MANAGER);

    private final UserDirectory directory;
    private final PortfolioReader reader;

    NotificationRecipients(UserDirectory directory, PortfolioReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /**
     * The checkers who may decide a request for this amount: executives and portfolio managers whose approval limit
     * ({@link ApprovalLimits#limitOf}, as the approvals inbox computes it) covers it, never its maker.
     */
    List<Person> checkers(Money total, String maker) {
        ApprovalLimits limits = limits();
        return directory.everyone().stream()
                .filter(person -> !person.username().equals(maker))
                .filter(person -> CHECKER_ROLES.stream().anyMatch(person::holds))
                .filter(person -> limits.limitOf(person.username(), roleNames(person))
                        .map(limit -> limit.getValue().compareTo(total.amount()) >= 0).orElse(false))
                .toList();
    }

    /** The people who watch a pilot: the portfolio managers and the pilot's owners. */
    List<Person> watchersOf(String pilotId) {
        return distinct(Stream.concat(directory.everyone().stream().filter(person -> person.holds(Role.PORTFOLIO_MANAGER)),
                pilotOwners(pilotId).stream()));
    }

    /**
     * The pilot's owners as its view knows them today, those the directory knows. An owner assigned a moment before the
     * event, whose assignment the views have not taken in yet, is missed: a notification never waits for a view.
     */
    List<Person> pilotOwners(String pilotId) {
        return named(reader.findPilot(pilotId).map(PilotDetail::owners).orElse(List.of()));
    }

    /** The people named, those the directory knows (a name it does not know still reaches the webhooks). */
    List<Person> named(Collection<String> usernames) {
        return distinct(usernames.stream().distinct().flatMap(username -> directory.find(username).stream()));
    }

    private ApprovalLimits limits() {
        Map<HolderKind, Map<String, BigDecimal>> byKind = reader.decisionRights().limits().stream()
                .collect(Collectors.groupingBy(limit -> limit.holder().kind(),
                        Collectors.toMap(limit -> limit.holder().name(), (ApprovalLimitView limit) -> limit.limit().amount())));
        return new ApprovalLimits(byKind.getOrDefault(HolderKind.ROLE, Map.of()),
                byKind.getOrDefault(HolderKind.USER, Map.of()));
    }

    private static List<String> roleNames(Person person) {
        return person.roles().stream().map(Role::name).toList();
    }

    private static List<Person> distinct(Stream<Person> people) {
        return List.copyOf(people.collect(Collectors.toMap(Person::username, person -> person, (a, b) -> a,
                LinkedHashMap::new)).values());
    }
}
