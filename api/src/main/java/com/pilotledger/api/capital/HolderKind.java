package com.pilotledger.api.capital;

/** Whether an approval limit belongs to everyone holding a role or to one named user. */
public enum HolderKind {
    ROLE,
    USER
}
