package com.pilotledger.query.support;

/** Text the ledger writes itself (a summary, a breach's evidence) fitted to the column that keeps it. */
public final class Texts {

    private static final String ELLIPSIS = "…";

    private Texts() {
    }

    /** Cut between characters, never inside a surrogate pair, so the stored text stays valid Unicode. */
    public static String shortened(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
