package com.pilotledger.api.portfolio;

/** Find everything known about one pilot: its case, its latest readings and all its decisions. */
public record FindPilotDetail(String pilotId) {
}
