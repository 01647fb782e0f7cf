package com.pilotledger.api.pilot;

/** Why a command was refused: carried across the command bus as the details of the execution failure. */
public record CommandRefusal(ErrorCode code, String message) {
}
