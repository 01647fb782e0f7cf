package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Idempotency-Key headers that break its declared form (empty, too long, characters outside the allowed set), two
 * keys at once, and one key reused for another request, which the IETF draft answers with 422.
 */
final class IdempotencyKeys implements HostileInputs {

    private static final String HEADER = "Idempotency-Key";
    private static final List<String> MALFORMED = List.of("", " ", "x".repeat(129), "x".repeat(1_000),
            "with space", "k\u00e9y", "a\tb", "../../etc/passwd", "key,other", "key;param=1", "*",
            "<script>", "%00");

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            if (!endpoint.isApi()) {
                continue;
            }
            HostileRequest valid = scene.valid(endpoint);
            for (String key : MALFORMED) {
                requests.add(valid.withHeader(HEADER, key).labelled(name(), "key '" + Printable.of(key) + "'")
                        .expecting(Expect.REFUSED));
            }
            requests.add(valid.withHeader(HEADER, "x".repeat(128)).labelled(name(), "a key of 128 characters"));
            // The draft's own form: the key as a Structured Field string, the same key as without its quotes.
            requests.add(valid.withHeader(HEADER, "\"hostile-quoted\"").labelled(name(), "a key in quotes"));
            requests.add(valid.withHeader(HEADER, "hostile-a").plusHeader(HEADER, "hostile-b")
                    .labelled(name(), "two keys at once"));
            String reused = "hostile-reused-" + Long.toHexString(random.nextLong());
            requests.add(valid.withHeader(HEADER, reused).labelled(name(), "key " + reused + ", first use"));
            requests.add(valid.withHeader(HEADER, reused).labelled(name(), "key " + reused + ", same request again"));
            // Another body under the same key: a text field changed (a body of numbers only, such as a metric's
            // thresholds, is covered by the API tests of the idempotency records).
            endpoint.leaves().stream().filter(InputField::isText).filter(field -> !field.name().equals("currency"))
                    .findFirst().filter(field -> endpoint.hasBody()).ifPresent(field -> requests.add(scene.withBody(
                            valid, scene.validBody(endpoint).with(field.path(), "another body under the same key"))
                            .withHeader(HEADER, reused).labelled(name(), "key " + reused + " reused with another body")
                            .expecting(Expect.REFUSED)));
        }
        return requests;
    }
}
