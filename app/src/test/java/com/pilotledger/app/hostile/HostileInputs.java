package com.pilotledger.app.hostile;

import java.util.List;
import java.util.Random;

/** One class of hostile input: generates its requests from the scene and the suite's seeded random. */
interface HostileInputs {

    List<HostileRequest> generate(Scene scene, Random random);

    default String name() {
        return getClass().getSimpleName();
    }
}
