package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A valid request that asks for an answer in a type the endpoint does not write. Whether it is refused (406) or
 * answered in the endpoint's own type, a refusal must come before the command, never after it took effect.
 */
final class AcceptHeaders implements HostileInputs {

    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "text/csv",
            "application/problem+json", "*/*;q=0", "garbage/", "", "application/json;q=0, text/plain");

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            HostileRequest valid = scene.valid(endpoint);
            for (String accept : ACCEPTS) {
                requests.add(valid.withHeader("Accept", accept).labelled(name(), "Accept '" + accept + "'"));
            }
            if (!endpoint.isApi()) {
                requests.add(valid.withHeader("Accept", "application/json").labelled(name(), "Accept JSON from a page"));
            }
        }
        return requests;
    }
}
