package com.pilotledger.app.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Set;

/**
 * The people who may sign in, from configuration ({@code pilot-ledger.users}). Passwords are stored only as
 * hashes in the format of Spring Security's delegating encoder, e.g. {@code {bcrypt}$2a$10$...}.
 */
@Validated
@ConfigurationProperties("pilot-ledger")
public record LedgerUsers(List<@Valid User> users) {

    public LedgerUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One user: sign-in name, password hash and roles. */
    public record User(@NotBlank String username, @NotBlank String passwordHash, @NotEmpty Set<Role> roles) {
    }
}
