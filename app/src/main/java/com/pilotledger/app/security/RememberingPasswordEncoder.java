package com.pilotledger.app.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which password matched which stored hash, so the stateless API (HTTP Basic on every request) verifies a
 * client's password with bcrypt once, not on every call: bcrypt is slow on purpose (about 80 ms here) and made every
 * request wait on it. Only successful matches are remembered, so a wrong password still costs a full bcrypt check and
 * guessing stays as slow as before. Passwords are remembered as an HMAC under a key drawn at start-up and never
 * stored, together with the stored hash they matched: a changed hash is a different entry, and memory holds no
 * password. The number of entries is bounded; the oldest is forgotten first.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int REMEMBERED = 1024;

    private final PasswordEncoder encoder;
    private final SecretKeySpec key;
    private final Map<String, Boolean> verified = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            });

    RememberingPasswordEncoder(PasswordEncoder encoder) {
        this.encoder = encoder;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        String entry = fingerprint(rawPassword) + ' ' + encodedPassword;
        if (verified.containsKey(entry)) {
            return true;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(entry, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(
                    mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
