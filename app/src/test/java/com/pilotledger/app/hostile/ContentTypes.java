package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A valid body under a Content-Type that does not say what it is: wildcards, other types, a form, none, malformed
 * media types, unknown charsets. Only the type an endpoint reads (or a JSON subtype of it) may be accepted.
 */
final class ContentTypes implements HostileInputs {

    private static final List<String> NOT_JSON = List.of("*/*", "application/*", "text/plain", "text/*",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=hostile", "application/xml",
            "application/octet-stream", "application/json-patch", "garbage", "", "application/json, text/plain",
            "application/json; charset=no-such-charset");
    /** A charset that does not match the UTF-8 body is arguable: JSON's own encoding detection may win over it. */
    private static final List<String> ARGUABLY_JSON = List.of("APPLICATION/JSON", "application/json; charset=UTF-8",
            "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16", "application/merge-patch+json",
            "application/problem+json");
    private static final List<String> NOT_A_FORM = List.of("*/*", "application/*", "application/json", "text/plain",
            "garbage", "");

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            HostileRequest valid = scene.valid(endpoint);
            if (endpoint.encoding() == WriteEndpoint.Encoding.JSON) {
                NOT_JSON.forEach(type -> requests.add(typed(valid, type, Expect.REFUSED)));
                ARGUABLY_JSON.forEach(type -> requests.add(typed(valid, type, Expect.EITHER)));
                requests.add(valid.withHeader("Content-Type", null).labelled(name(), "no Content-Type")
                        .expecting(Expect.REFUSED));
            } else if (endpoint.encoding() == WriteEndpoint.Encoding.FORM) {
                NOT_A_FORM.forEach(type -> requests.add(typed(valid, type, Expect.REFUSED)));
                requests.add(valid.withHeader("Content-Type", null).labelled(name(), "no Content-Type")
                        .expecting(Expect.REFUSED));
                requests.add(typed(valid, "application/x-www-form-urlencoded; charset=ISO-8859-1", Expect.EITHER));
            } else {
                requests.add(typed(valid.withBody("{}"), "application/json", Expect.EITHER));
                requests.add(typed(valid.withBody("%zz&=%"), "application/x-www-form-urlencoded", Expect.EITHER));
                requests.add(typed(valid.withBody("x"), "*/*", Expect.EITHER));
            }
        }
        return requests;
    }

    private HostileRequest typed(HostileRequest valid, String type, Expect expect) {
        return valid.withHeader("Content-Type", type).labelled(name(), "Content-Type '" + type + "'").expecting(expect);
    }
}
