package com.pilotledger.app.input;

/** The words a refused field is explained with, the same on the API and on the pages. */
public final class FieldMessages {

    public static final String TOO_LONG = "must be at most {max} characters";
    public static final String MONEY_DIGITS = "must be an amount with at most {integer} digits before the decimal point "
            + "and {fraction} after it";
    public static final String METRIC_DIGITS = "must be a number with at most {integer} digits before the decimal "
            + "point and {fraction} after it";
    public static final String NOT_IN_FUTURE = "must not be in the future";

    private FieldMessages() {
    }
}
