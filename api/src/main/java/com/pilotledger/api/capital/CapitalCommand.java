package com.pilotledger.api.capital;

/** A command addressed to the portfolio's capital: its budget, decision rights, reservations and commitments. */
public interface CapitalCommand {

    /** The one portfolio this ledger keeps; every capital command goes to its capital. */
    String PORTFOLIO = "portfolio";
}
