package com.pilotledger.app.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated request, exactly as it goes on the wire (method, path and query already percent-encoded, headers,
 * body bytes) with the input class that made it and what the rules expect of it.
 */
record HostileRequest(WriteEndpoint endpoint, String inputClass, String description, String method, String target,
                      List<Header> headers, byte[] body, Caller caller, Expect expect) {

    record Header(String name, String value) {
    }

    boolean isApi() {
        return target.startsWith("/api/") || target.equals("/api");
    }

    HostileRequest labelled(String inputClass, String description) {
        return new HostileRequest(endpoint, inputClass, description, method, target, headers, body, caller, expect);
    }

    HostileRequest withMethod(String newMethod) {
        return new HostileRequest(endpoint, inputClass, description, newMethod, target, headers, body, caller, expect);
    }

    HostileRequest withTarget(String newTarget) {
        return new HostileRequest(endpoint, inputClass, description, method, newTarget, headers, body, caller, expect);
    }

    HostileRequest withBody(String text) {
        return withBody(text.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest withBody(byte[] bytes) {
        return new HostileRequest(endpoint, inputClass, description, method, target, headers, bytes, caller, expect);
    }

    HostileRequest withCaller(Caller newCaller) {
        return new HostileRequest(endpoint, inputClass, description, method, target, headers, body, newCaller, expect);
    }

    HostileRequest expecting(Expect newExpect) {
        return new HostileRequest(endpoint, inputClass, description, method, target, headers, body, caller, newExpect);
    }

    /** Replaces every header of that name; a null value removes it. */
    HostileRequest withHeader(String name, String value) {
        List<Header> changed = new ArrayList<>(headers.stream().filter(h -> !h.name().equalsIgnoreCase(name)).toList());
        if (value != null) {
            changed.add(new Header(name, value));
        }
        return new HostileRequest(endpoint, inputClass, description, method, target, List.copyOf(changed), body, caller, expect);
    }

    /** Adds a header beside any of the same name (a repeated header). */
    HostileRequest plusHeader(String name, String value) {
        List<Header> changed = new ArrayList<>(headers);
        changed.add(new Header(name, value));
        return new HostileRequest(endpoint, inputClass, description, method, target, List.copyOf(changed), body, caller, expect);
    }

    /** The request as a reader can reproduce it; long runs of one character are written ⟪c×n⟫. */
    String describe() {
        StringBuilder text = new StringBuilder()
                .append('[').append(inputClass).append("] ").append(description).append(" — expected ")
                .append(expect).append('\n')
                .append("  ").append(method).append(' ').append(Printable.of(target)).append("  as ").append(caller);
        headers.forEach(header -> text.append("\n  ").append(header.name()).append(": ")
                .append(Printable.of(header.value())));
        if (body.length > 0) {
            text.append("\n  body (").append(body.length).append(" bytes): ").append(Printable.of(body));
        }
        return text.toString();
    }
}
