package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Methods a write endpoint's path does not map, sent by its own user and by nobody; anonymous ones also carry a form
 * body that cannot be decoded (which once answered 500 with a stack trace per request).
 */
final class WrongMethods implements HostileInputs {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "OPTIONS",
            "PROPFIND", "HOSTILE");
    private static final String MALFORMED_FORM = "%zz&=%&a=%G0";

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        Map<String, HostileRequest> validByPath = new LinkedHashMap<>();
        scene.writes().forEach(endpoint -> validByPath.putIfAbsent(endpoint.pattern(), scene.valid(endpoint)));
        List<HostileRequest> requests = new ArrayList<>();
        validByPath.forEach((pattern, valid) -> {
            Set<String> mapped = scene.endpoints().methodsByPattern().get(pattern);
            for (String method : METHODS) {
                if (mapped.contains(method)) {
                    continue;
                }
                Expect expect = method.equals("OPTIONS") ? Expect.EITHER : Expect.REFUSED;
                requests.add(valid.withMethod(method).labelled(name(), method + " by " + valid.caller())
                        .expecting(expect));
                requests.add(valid.withMethod(method).withCaller(new Caller.Anonymous())
                        .labelled(name(), method + " by nobody").expecting(expect));
                requests.add(valid.withMethod(method).withCaller(new Caller.Anonymous())
                        .withHeader("Content-Type", "application/x-www-form-urlencoded").withBody(MALFORMED_FORM)
                        .labelled(name(), method + " by nobody with an undecodable form body").expecting(expect));
            }
        });
        return requests;
    }
}
