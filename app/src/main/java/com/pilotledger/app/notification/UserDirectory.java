package com.pilotledger.app.notification;

import com.pilotledger.app.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people notifications can reach: their e-mail address and roles, as they were when last seen. Filled with the
 * configured users at every start and by every sign-in (a single sign-on user exists nowhere else), so recipients by
 * role ("every portfolio manager") are found here.
 */
@Component
public class UserDirectory {

    /** One person as last seen; the address is null when none is known. */
    public record Person(String username, String email, Set<Role> roles) {

        boolean holds(Role role) {
            return roles.contains(role);
        }
    }

    private final JdbcClient jdbc;

    public UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a person as seen now: their roles, and their address when one is given (a sign-in that carries none
     * keeps the one known). Two instances recording the same new person at once: the insert of one does nothing.
     */
    public void record(String username, String email, Set<Role> roles, Instant seenAt) {
        String roleList = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        int updated = jdbc.sql("UPDATE user_directory SET email = COALESCE(?, email), roles = ?, last_seen_at = ? "
                        + "WHERE username = ?")
                .params(email, roleList, Timestamp.from(seenAt), username).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO user_directory (username, email, roles, last_seen_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(username, email, roleList, Timestamp.from(seenAt)).update();
        }
    }

    public List<Person> everyone() {
        return jdbc.sql("SELECT username, email, roles FROM user_directory ORDER BY username")
                .query(UserDirectory::person).list();
    }

    public Optional<Person> find(String username) {
        return jdbc.sql("SELECT username, email, roles FROM user_directory WHERE username = ?").param(username)
                .query(UserDirectory::person).optional();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .forEach(roles::add);
        return new Person(rs.getString("username"), rs.getString("email"), roles);
    }
}
