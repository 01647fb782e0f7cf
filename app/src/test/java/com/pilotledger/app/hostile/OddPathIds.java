package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Odd values of each path variable, written into the path as they are: words the application uses for other
 * things ({@code portfolio}), dot segments, encoded slashes and NUL, path parameters, invalid UTF-8, very long ids and
 * ids of nothing. None names a pilot or a request that exists; a user name is free-form within its pattern.
 */
final class OddPathIds implements HostileInputs {

    private static final List<String> ODD = List.of("portfolio", "board", "approvals", "..", ".", "%2e%2e", "%2E",
            "%2F", "a%2Fb", "%252F", "%5C", "a%5Cb", "%00", "a%00b", "%0A", "%20", "%09", ";x=1", "a;jsessionid=1",
            "%3B", "%FF", "%C0%AF", "%E2%80%AE", "%C3%A9t%C3%A9", "%F0%9F%98%80", "%3Cscript%3E", "null", "undefined",
            "0", "-1", "1e400", "%7B%7D", "*", "%2A", "%25", "~", "x".repeat(200), "x".repeat(4000));

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            for (String variable : endpoint.pathVariables()) {
                Expect expect = variable.equals("username") ? Expect.EITHER : Expect.REFUSED;
                List<String> values = new ArrayList<>(ODD);
                values.add(new UUID(random.nextLong(), random.nextLong()).toString());
                for (String value : values) {
                    requests.add(scene.withBody(scene.valid(endpoint).withTarget(scene.path(endpoint, Map.of(variable, value))),
                                    scene.validBody(endpoint))
                            .labelled(name(), "{" + variable + "} = '" + Printable.of(value) + "'").expecting(expect));
                }
            }
        }
        return requests;
    }
}
