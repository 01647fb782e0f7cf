package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Valid requests mixed into the storm, a few per endpoint: they append events, as they should. */
final class ValidRequests implements HostileInputs {

    private static final int EACH = 3;

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            for (int i = 0; i < EACH; i++) {
                requests.add(scene.valid(endpoint).labelled(name(), "valid input, " + (i + 1) + " of " + EACH));
            }
        }
        return requests;
    }
}
