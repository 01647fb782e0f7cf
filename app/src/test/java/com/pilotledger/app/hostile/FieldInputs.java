package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A class of hostile input made of spoilt field values: each applies to every field of every endpoint it fits. */
abstract class FieldInputs implements HostileInputs {

    /** The spoilt values of this class for one field, as the endpoint's encoding can carry them (maybe none). */
    abstract List<Mutation> mutations(InputField field, WriteEndpoint.Encoding encoding);

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            for (InputField field : endpoint.fields()) {
                for (Mutation mutation : mutations(field, endpoint.encoding())) {
                    requests.add(apply(scene, scene.valid(endpoint), field, mutation));
                }
            }
        }
        return requests;
    }

    HostileRequest apply(Scene scene, HostileRequest valid, InputField field, Mutation mutation) {
        return scene.withBody(valid, scene.validBody(valid.endpoint()).with(field.path(), mutation.value()))
                .labelled(name(), field.path() + ": " + mutation.description())
                .expecting(mutation.expect());
    }

    static String repeat(String unit, int times) {
        return unit.repeat(Math.max(0, times));
    }
}
