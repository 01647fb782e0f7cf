package com.pilotledger.app.problem;

/** A request value the edge rejects before any command is sent, named by its field (or header). */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
