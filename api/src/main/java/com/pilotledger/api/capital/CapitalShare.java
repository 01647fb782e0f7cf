package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

/** Capital held by one group of pilots (a posture or a business unit): committed, of which frozen, and how many. */
public record CapitalShare(String group, Money committed, Money frozen, long pilots) {
}
