package com.pilotledger.api.capital;

/** Every request waiting for a second person's approval, whoever may decide it: the board marks its pilot. */
public record FindPendingApprovals() {
}
