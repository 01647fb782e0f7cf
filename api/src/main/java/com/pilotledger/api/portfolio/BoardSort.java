package com.pilotledger.api.portfolio;

/** The columns the portfolio board can be ordered by. */
public enum BoardSort {
    NAME,
    BUSINESS_UNIT,
    OWNER,
    AUTHORIZED_POSTURE,
    RECOMMENDED_POSTURE,
    CAPITAL_REQUESTED,
    CAPITAL_AUTHORIZED,
    DAYS_IN_POSTURE,
    REGISTERED_AT
}
