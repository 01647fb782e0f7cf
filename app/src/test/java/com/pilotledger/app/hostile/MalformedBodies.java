package com.pilotledger.app.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * JSON bodies that are not what the endpoint reads: empty, other top-level values, truncated, trailing content,
 * comments, single quotes, duplicate keys, bytes that are not UTF-8, deep nesting, and huge bodies.
 */
final class MalformedBodies implements HostileInputs {

    private static final int HUGE = 1_500_000;
    private static final int VERY_HUGE = 8_000_000;
    private static final int VERY_HUGE_ENDPOINTS = 3;

    @Override
    public List<HostileRequest> generate(Scene scene, Random random) {
        List<HostileRequest> requests = new ArrayList<>();
        List<WriteEndpoint> json = scene.writes().stream()
                .filter(endpoint -> endpoint.encoding() == WriteEndpoint.Encoding.JSON).toList();
        for (WriteEndpoint endpoint : json) {
            HostileRequest valid = scene.valid(endpoint);
            String body = scene.validBody(endpoint).json();
            // The field NaN is slipped into: a top-level text field, or (a body of numbers or objects only) any
            // top-level field, or its first nested one.
            String firstText = endpoint.leaves().stream().filter(field -> !field.path().contains("."))
                    .min(Comparator.comparing(field -> !field.isText())).or(() -> endpoint.leaves().stream().findFirst())
                    .map(field -> field.path().contains(".") ? field.path().substring(0, field.path().indexOf('.'))
                            : field.name()).orElseThrow();
            add(requests, valid, "an empty body", "", Expect.REFUSED);
            add(requests, valid, "only white space", " \n\t ", Expect.REFUSED);
            for (String topLevel : List.of("null", "[]", "\"text\"", "42", "true", "[" + body + "]")) {
                add(requests, valid, "top-level " + topLevel.substring(0, Math.min(12, topLevel.length())), topLevel,
                        Expect.REFUSED);
            }
            add(requests, valid, "an empty object", "{}", Expect.REFUSED);
            add(requests, valid, "truncated by one character", body.substring(0, body.length() - 1), Expect.REFUSED);
            add(requests, valid, "truncated in the middle", body.substring(0, body.length() / 2), Expect.REFUSED);
            add(requests, valid, "trailing garbage", body + "garbage", Expect.REFUSED);
            add(requests, valid, "a second object after the first", body + body, Expect.REFUSED);
            add(requests, valid, "a comment before the object", "/* note */" + body, Expect.REFUSED);
            add(requests, valid, "single quotes", body.replace('"', '\''), Expect.REFUSED);
            add(requests, valid, "a trailing comma", body.substring(0, body.length() - 1) + ",}", Expect.REFUSED);
            add(requests, valid, "unquoted keys", body.replaceAll("\"(\\w+)\":", "$1:"), Expect.REFUSED);
            add(requests, valid, "NaN as a value", body.replaceFirst("\\{", "{\"" + firstText + "\":NaN,"),
                    Expect.REFUSED);
            add(requests, valid, "duplicate key " + firstText + ", valid value last",
                    body.replaceFirst("\\{", "{\"" + firstText + "\":\"first\","), Expect.REFUSED);
            add(requests, valid, "duplicate key " + firstText + ", null last",
                    body.substring(0, body.length() - 1) + ",\"" + firstText + "\":null}", Expect.REFUSED);
            add(requests, valid, "an unknown field", body.replaceFirst("\\{", "{\"unknownField\":1,"), Expect.EITHER);
            add(requests, valid, "a UTF-8 byte order mark first", "\uFEFF" + body, Expect.EITHER);
            add(requests, valid, "bytes that are not UTF-8 (FF FE) in a text", withBytes(body, firstText,
                    new byte[]{(byte) 0xFF, (byte) 0xFE}), Expect.REFUSED);
            add(requests, valid, "an overlong NUL (C0 80) in a text", withBytes(body, firstText,
                    new byte[]{(byte) 0xC0, (byte) 0x80}), Expect.REFUSED);
            add(requests, valid, "CESU-8 lone surrogate (ED A0 80) in a text", withBytes(body, firstText,
                    new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}), Expect.REFUSED);
            add(requests, valid, "a truncated UTF-8 sequence (E2 82) at the end of a text", withBytes(body, firstText,
                    new byte[]{(byte) 0xE2, (byte) 0x82}), Expect.REFUSED);
            add(requests, valid, "arrays nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000),
                    Expect.REFUSED);
            add(requests, valid, "objects nested 5,000 deep in an unknown field",
                    body.replaceFirst("\\{", "{\"deep\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + ","),
                    Expect.REFUSED);
            add(requests, valid, "huge: " + HUGE + " spaces before the object", " ".repeat(HUGE) + body, Expect.EITHER);
            add(requests, valid, "huge: an unknown field of " + HUGE + " characters",
                    body.replaceFirst("\\{", "{\"padding\":\"" + "p".repeat(HUGE) + "\","), Expect.EITHER);
            add(requests, valid, "huge: 100,000 unknown fields", body.replaceFirst("\\{", "{" + manyFields(100_000)),
                    Expect.EITHER);
        }
        for (int i = 0; i < VERY_HUGE_ENDPOINTS; i++) {
            WriteEndpoint endpoint = json.get(random.nextInt(json.size()));
            add(requests, scene.valid(endpoint), "very huge: an unknown field of " + VERY_HUGE + " characters",
                    scene.validBody(endpoint).json().replaceFirst("\\{", "{\"padding\":\"" + "p".repeat(VERY_HUGE) + "\","),
                    Expect.EITHER);
        }
        return requests;
    }

    private void add(List<HostileRequest> requests, HostileRequest valid, String description, Object body,
                     Expect expect) {
        HostileRequest request = body instanceof byte[] bytes ? valid.withBody(bytes) : valid.withBody((String) body);
        requests.add(request.labelled(name(), description).expecting(expect));
    }

    /** The body with raw bytes put at the start of the value of a text field. */
    private static byte[] withBytes(String body, String field, byte[] bytes) {
        String marker = "\"" + field + "\":\"";
        int at = body.indexOf(marker) + marker.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(body.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String manyFields(int count) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            fields.append("\"f").append(i).append("\":").append(i).append(',');
        }
        return fields.toString();
    }
}
