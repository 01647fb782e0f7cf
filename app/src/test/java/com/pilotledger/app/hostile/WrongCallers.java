package com.pilotledger.app.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Valid requests from callers who may not make them: nobody, a wrong or unknown password, a role without the right
 * (an auditor reads, and verifies the sealed log; a pilot owner only records signals and metrics; a monitoring system
 * only sends metric points), forged Authorization headers; on the pages, a session
 * without its CSRF token or with a forged one, and the API's credentials where a session is needed.
 */
final class WrongCallers implements HostileInputs {

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            HostileRequest valid = scene.valid(endpoint);
            String user = Scene.actorName(endpoint);
            // A person's own settings (which notifications they receive): every person may change theirs.
            boolean personal = endpoint.pattern().endsWith("/me/notifications");
            List<Caller> callers = new ArrayList<>(List.of(new Caller.Anonymous()));
            if (endpoint.isApi()) {
                callers.addAll(List.of(new Caller.Basic(user, "wrong-password"),
                        new Caller.Basic(user, ""), new Caller.Basic("nobody-at-all"),
                        new Caller.Basic(user + "\u0000"), new Caller.Basic("x".repeat(2_000)),
                        new Caller.RawAuthorization("Basic"), new Caller.RawAuthorization("Basic !!!not-base64!!!"),
                        new Caller.RawAuthorization("Basic " + base64(user)),
                        new Caller.RawAuthorization("Basic " + base64(":")),
                        new Caller.RawAuthorization("Basic " + base64(user + ":" + Caller.PASSWORD) + " trailing"),
                        new Caller.RawAuthorization("Bearer eyJhbGciOiJub25lIn0.e30."),
                        new Caller.RawAuthorization("Digest username=\"" + user + "\""),
                        new Caller.Session(user)));
                if (!user.equals("ada") && !personal) {
                    callers.add(new Caller.Basic("ada"));
                }
                // Pilot owners may also send metric points (a backfill by hand); monitoring may do nothing else.
                if (!user.equals("owen") && !endpoint.pattern().endsWith("/metrics") && !personal) {
                    callers.add(new Caller.Basic("owen"));
                }
                if (!user.equals("monitor")) {
                    callers.add(new Caller.Basic("monitor"));
                }
            } else {
                callers.addAll(List.of(new Caller.Session(user, Caller.Csrf.MISSING),
                        new Caller.Session(user, Caller.Csrf.FORGED), new Caller.Basic(user)));
                if (!user.equals("ada") && !personal) {
                    callers.add(new Caller.Session("ada"));
                }
                if (!user.equals("owen") && !personal) {
                    callers.add(new Caller.Session("owen"));
                }
            }
            callers.forEach(caller -> requests.add(valid.withCaller(caller)
                    .labelled(name(), "by " + caller).expecting(Expect.REFUSED)));
        }
        return requests;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
