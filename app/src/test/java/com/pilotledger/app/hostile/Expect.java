package com.pilotledger.app.hostile;

/** What the rules say of a hostile request beyond the invariants: it must be refused, or either answer is fine. */
enum Expect {
    /** Breaks a declared rule (a limit, a type, the caller's rights): accepting it is a defect. */
    REFUSED,
    /** Valid or arguable: accepted or refused, it must still never fail or damage the record. */
    EITHER
}
