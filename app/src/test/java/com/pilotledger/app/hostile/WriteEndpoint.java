package com.pilotledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One write endpoint of the running application as its handler mapping declares it: method, path pattern, and what
 * it reads (a JSON body, a form, query parameters, nothing), with the fields and limits of that input.
 */
record WriteEndpoint(String method, String pattern, Encoding encoding, List<InputField> fields) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** How the endpoint reads its input. */
    enum Encoding { JSON, FORM, QUERY, NONE }

    boolean isApi() {
        return pattern.startsWith("/api/");
    }

    boolean hasBody() {
        return encoding == Encoding.JSON || encoding == Encoding.FORM;
    }

    List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The leaf fields: nested objects (money, metric) are reached through them, by their dotted path. */
    List<InputField> leaves() {
        return fields.stream().filter(field -> !field.isObject()).toList();
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
