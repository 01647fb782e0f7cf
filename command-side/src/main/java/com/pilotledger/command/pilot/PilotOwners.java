package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.EvidenceRoles;
import com.pilotledger.command.rule.Verdict;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pilot's owners, by sign-in name, and the rule on whose evidence the pilot accepts: someone who records evidence
 * only as a pilot owner (their roles include pilot owner and none that records for any pilot) records it only for the
 * pilots they own. A portfolio manager records for any pilot, as does a monitoring system for metric points. A command
 * with no roles comes from the ledger itself (the demo, a deadline), never from a signed-in user, and is not held back.
 */
final class PilotOwners {

    /** Sorted, so a snapshot writes the same owners the same way. */
    private final TreeSet<String> owners = new TreeSet<>();

    boolean includes(String owner) {
        return owners.contains(owner);
    }

    /**
     * Allowed when the actor owns the pilot or holds one of the roles that record for any pilot; refused with
     * {@link ErrorCode#NOT_PILOT_OWNER} when they act only as a pilot owner of other pilots.
     */
    Verdict mayRecord(String actor, String actorRoles, String... rolesForAnyPilot) {
        Set<String> roles = AuditMetaData.roles(actorRoles);
        boolean onlyAsOwner = roles.contains(EvidenceRoles.PILOT_OWNER)
                && Set.of(rolesForAnyPilot).stream().noneMatch(roles::contains);
        return !onlyAsOwner || owners.contains(actor) ? Verdict.allowed()
                : Verdict.refused(ErrorCode.NOT_PILOT_OWNER, actor + " is not an owner of this pilot; a pilot owner "
                        + "records evidence only for the pilots they own", Map.of("user", String.valueOf(actor)));
    }

    void assigned(String owner) {
        owners.add(owner);
    }

    void removed(String owner) {
        owners.remove(owner);
    }
}
