package com.pilotledger.api.policy;

/** A command addressed to the readiness policy book, the one place where policy versions are proposed and activated. */
public interface ReadinessPolicyCommand {

    /** The identifier of the one policy book this ledger keeps. */
    String BOOK = "readiness-policy";

    /** The longest version name: the read models keep it in 20 characters. */
    int VERSION_LENGTH = 20;
    /** A version name: short, a letter or digit first, then letters, digits, dots, dashes or underscores (v2, 2026.1). */
    String VERSION_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0," + (VERSION_LENGTH - 1) + "}";
}
