package com.pilotledger.app.security.sso;

import com.pilotledger.app.security.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The application roles a provider's claims grant: the values found at the claim path (Keycloak's
 * {@code realm_access.roles}, Entra ID's {@code groups} or {@code roles}, Okta's {@code groups}), each mapped to the
 * roles that name it. A value nobody mapped grants nothing: a provider's other groups are not the ledger's business.
 */
final class ClaimRoles {

    private final List<String> path;
    private final Map<Role, Set<String>> mapping;

    /** With no mapping, a claim value grants the role of the same name (the roles of the realm file). */
    ClaimRoles(String claimPath, Map<Role, Set<String>> mapping) {
        this.path = List.of(claimPath.split("\\."));
        this.mapping = mapping;
    }

    Set<Role> of(Map<String, Object> claims) {
        Set<String> values = values(claims);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            Set<String> granting = mapping.isEmpty() ? Set.of(role.name()) : mapping.getOrDefault(role, Set.of());
            if (granting.stream().anyMatch(values::contains)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The values at the path: a list of strings, or one string of values separated by spaces or commas. */
    private Set<String> values(Map<String, Object> claims) {
        Object node = claims;
        for (String step : path) {
            if (!(node instanceof Map<?, ?> object)) {
                return Set.of();
            }
            node = object.get(step);
        }
        Stream<?> values;
        if (node instanceof Collection<?> list) {
            values = list.stream();
        } else if (node instanceof String text) {
            values = Arrays.stream(text.split("[\\s,]+"));
        } else {
            values = Stream.empty();
        }
        return values.map(String::valueOf).filter(value -> !value.isBlank()).collect(Collectors.toSet());
    }
}
