package com.pilotledger.app.idempotency;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One write request sent with an {@code Idempotency-Key}. The key belongs to the user and the endpoint (method and
 * path): the same key sent by someone else, or to another endpoint, is another key. The fingerprint is what the
 * request asks for (method, path, parameters and a digest of the body): the same key must always come with it.
 */
public record IdempotentRequest(String actor, String method, String path, String key, String fingerprint) {

    public static IdempotentRequest of(String actor, String method, String path, String key,
                                       Map<String, String[]> parameters, byte[] body) {
        MessageDigest digest = sha256();
        digest.update(text(method));
        digest.update(text(path));
        new TreeMap<>(parameters).forEach((name, values) -> {
            for (String value : values) {
                digest.update(text(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        });
        digest.update(sha256().digest(body));
        return new IdempotentRequest(actor, method, path, key, HexFormat.of().formatHex(digest.digest()));
    }

    /** What the stored record is found by: the key within its user and endpoint. */
    String scope() {
        MessageDigest digest = sha256();
        for (String part : new String[]{actor, method, path, key}) {
            digest.update(text(part));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The key the command carries to the aggregates, their second line of defence: derived from the user, the
     * endpoint, the client's key and the request, so a key can only ever de-duplicate a retry of this very request,
     * never another user's command or another kind of command sent with the same key. Identifiers the edge derives
     * from it (a new pilot's, an authorization request's) are therefore the same for a retry and new otherwise.
     */
    public String commandKey() {
        return UUID.nameUUIDFromBytes((scope() + ":" + fingerprint).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A part of a digest, terminated so that no two different sequences of parts run together the same way. */
    private static byte[] text(String part) {
        return (part + '\0').getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
