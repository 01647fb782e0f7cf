package com.pilotledger.app.security;

import com.pilotledger.api.input.FieldLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
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

    /**
     * One user: sign-in name (recorded as the actor of every decision, so it fits the columns), hash, roles, and the
     * address notifications are mailed to (optional: without one, the user gets no mail).
     */
    public record User(@NotBlank @Size(max = FieldLimits.USERNAME) String username, @NotBlank String passwordHash,
                       @NotEmpty Set<Role> roles, @Email @Size(max = EMAIL) String email) {
    }

    /** The longest e-mail address a user may have (RFC 5321's limit), the directory's column. */
    public static final int EMAIL = 320;
}
