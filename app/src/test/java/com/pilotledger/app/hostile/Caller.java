package com.pilotledger.app.hostile;

/** Who a hostile request claims to be: nobody, a user over HTTP Basic, a signed-in browser session, or a forgery. */
sealed interface Caller {

    String PASSWORD = "pilot-ledger";

    record Anonymous() implements Caller {
        @Override
        public String toString() {
            return "anonymous";
        }
    }

    /** HTTP Basic, as API clients sign in. */
    record Basic(String user, String password) implements Caller {
        Basic(String user) {
            this(user, PASSWORD);
        }

        @Override
        public String toString() {
            return "HTTP Basic " + user + ":" + password;
        }
    }

    /** An Authorization header written as it is (malformed schemes, bad Base64). */
    record RawAuthorization(String header) implements Caller {
        @Override
        public String toString() {
            return "Authorization: " + header;
        }
    }

    /** The session of a user signed in through /login, with the page's CSRF token, none, or a forged one. */
    record Session(String user, Csrf csrf) implements Caller {
        Session(String user) {
            this(user, Csrf.VALID);
        }

        @Override
        public String toString() {
            return "session of " + user + " (CSRF token " + csrf.name().toLowerCase() + ")";
        }
    }

    enum Csrf { VALID, MISSING, FORGED }
}
