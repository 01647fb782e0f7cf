package com.pilotledger.api.capital;

import java.util.Set;

/** Find the requests waiting for a second approval that this user, with these roles, may decide. */
public record FindApprovalsInbox(String username, Set<String> roles) {
}
