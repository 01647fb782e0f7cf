package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random combinations of the field classes: two to four fields of one request spoilt at once, sometimes under a
 * wrong Content-Type, drawn from the seeded random. Refused when any one spoilt value must be.
 */
final class MixedMutations implements HostileInputs {

    private static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "text/plain");

    private final List<FieldInputs> classes;
    private final int count;

    MixedMutations(List<FieldInputs> classes, int count) {
        this.classes = classes;
        this.count = count;
    }

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<WriteEndpoint> endpoints = scene.writes().stream().filter(endpoint -> !endpoint.fields().isEmpty())
                .toList();
        List<HostileRequest> requests = new ArrayList<>();
        while (requests.size() < count) {
            WriteEndpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            List<InputField> fields = new ArrayList<>(endpoint.fields());
            Collections.shuffle(fields, random);
            Body body = scene.validBody(endpoint);
            List<String> spoilt = new ArrayList<>();
            List<String> descriptions = new ArrayList<>();
            Expect expect = Expect.EITHER;
            int wanted = 2 + random.nextInt(3);
            for (InputField field : fields) {
                if (spoilt.size() == wanted || spoilt.stream().anyMatch(path -> related(path, field.path()))) {
                    continue;
                }
                FieldInputs inputs = classes.get(random.nextInt(classes.size()));
                List<Mutation> mutations = inputs.mutations(field, endpoint.encoding());
                if (mutations.isEmpty()) {
                    continue;
                }
                Mutation mutation = mutations.get(random.nextInt(mutations.size()));
                body = body.with(field.path(), mutation.value());
                spoilt.add(field.path());
                descriptions.add(field.path() + " " + inputs.name() + ": " + mutation.description());
                expect = mutation.expect() == Expect.REFUSED ? Expect.REFUSED : expect;
            }
            if (spoilt.isEmpty()) {
                continue;
            }
            HostileRequest request = scene.withBody(scene.valid(endpoint), body);
            String description = String.join("; ", descriptions);
            if (endpoint.encoding() == WriteEndpoint.Encoding.JSON && random.nextInt(5) == 0) {
                String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
                request = request.withHeader("Content-Type", type);
                description += "; Content-Type '" + type + "'";
                expect = Expect.REFUSED;
            }
            requests.add(request.labelled(name(), description).expecting(expect));
        }
        return requests;
    }

    /** One field inside the other ({@code capital} and {@code capital.amount}): spoiling both would hide one. */
    private static boolean related(String spoilt, String path) {
        return spoilt.equals(path) || spoilt.startsWith(path + ".") || path.startsWith(spoilt + ".");
    }
}
