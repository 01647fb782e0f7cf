package com.pilotledger.app.hostile;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Whole form bodies a browser never sends: empty, undecodable percent-escapes, binder paths into the form object's
 * class (the Spring4Shell shape), indexed and nested names, a huge body, JSON, and a multipart body.
 */
final class FormBodies implements HostileInputs {

    private static final int HUGE = 1_900_000;

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        for (WriteEndpoint endpoint : scene.writes()) {
            if (endpoint.encoding() != WriteEndpoint.Encoding.FORM) {
                continue;
            }
            HostileRequest valid = scene.valid(endpoint);
            String form = scene.validBody(endpoint).form();
            add(requests, valid, "an empty body", "", Expect.REFUSED);
            add(requests, valid, "undecodable percent-escapes", "%zz&=%&a=%G0", Expect.REFUSED);
            add(requests, valid, "undecodable percent-escapes after the valid fields", form + "&%zz=%", Expect.EITHER);
            add(requests, valid, "a binder path into the class loader",
                    form + "&class.module.classLoader.resources.context.parent.pipeline.first.pattern=x", Expect.EITHER);
            add(requests, valid, "indexed and nested field names", form + "&evidence[0]=a&reason.length=3&a[b][c]=d",
                    Expect.EITHER);
            add(requests, valid, "a field name of 10,000 characters", form + "&" + "n".repeat(10_000) + "=1",
                    Expect.EITHER);
            add(requests, valid, "10,000 unknown fields", form + "&f=1".repeat(10_000), Expect.EITHER);
            add(requests, valid, "huge: an unknown field of " + HUGE + " characters",
                    form + "&padding=" + "p".repeat(HUGE), Expect.EITHER);
            add(requests, valid, "JSON under a form's Content-Type", scene.validBody(endpoint).json(), Expect.REFUSED);
            String boundary = "hostile" + Long.toHexString(random.nextLong());
            requests.add(valid.withHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .withBody(multipart(form, boundary)).labelled(name(), "the fields as multipart/form-data"));
            requests.add(valid.withHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .withBody("--" + boundary + "\r\nbroken").labelled(name(), "a broken multipart body")
                    .expecting(Expect.REFUSED));
        }
        return requests;
    }

    private void add(List<HostileRequest> requests, HostileRequest valid, String description, String body,
                     Expect expect) {
        requests.add(valid.withBody(body).labelled(name(), description).expecting(expect));
    }

    private static String multipart(String form, String boundary) {
        StringBuilder body = new StringBuilder();
        for (String pair : form.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8))
                    .append("\"\r\n\r\n")
                    .append(URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8))
                    .append("\r\n");
        }
        return body.append("--").append(boundary).append("--\r\n").toString();
    }
}
