package com.pilotledger.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A signed statement about the sealed log: its first {@code events} seals end in chain hash {@code head}, and every
 * event with a global index up to {@code sealedThrough} is among them. Signed with Ed25519 by the application's key
 * ({@code key} names it: the first 8 bytes of the SHA-256 of the public key, in hex).
 * <p>
 * Its text form is what auditors keep outside the system; the signature covers every line before its own, as written:
 * <pre>
 * Pilot Ledger checkpoint v1
 * events: 1200
 * head: 6f1c...
 * sealed-through: 1204
 * signed-at: 2026-11-30T17:00:00Z
 * key: 3a9e0c17d2b4f855
 * signature: Zm9v...
 * </pre>
 */
public record Checkpoint(long events, byte[] head, long sealedThrough, Instant signedAt, String key, byte[] signature) {

    private static final String FIRST_LINE = "Pilot Ledger checkpoint v1";
    private static final HexFormat HEX = HexFormat.of();

    /** Signs the statement with the application's key. */
    public static Checkpoint sign(long events, byte[] head, long sealedThrough, Instant signedAt, PrivateKey privateKey,
                                  PublicKey publicKey) {
        String key = SigningKeys.keyId(publicKey);
        byte[] statement = statement(events, head, sealedThrough, signedAt, key);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(statement);
            return new Checkpoint(events, head.clone(), sealedThrough, signedAt, key, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a checkpoint with the Ed25519 key", e);
        }
    }

    /** Whether this checkpoint was signed by the holder of this public key, and not changed since. */
    public boolean signedBy(PublicKey publicKey) {
        if (!key.equals(SigningKeys.keyId(publicKey))) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(statement(events, head, sealedThrough, signedAt, key));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public String headHex() {
        return HEX.formatHex(head);
    }

    /** The text an auditor keeps: the signed lines and the signature. */
    public String toText() {
        return new String(statement(events, head, sealedThrough, signedAt, key), StandardCharsets.UTF_8)
                + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /** Reads the text form back; fails with a message naming the missing or malformed line. */
    public static Checkpoint parse(String text) {
        String[] lines = text.strip().split("\r?\n");
        if (lines.length == 0 || !lines[0].strip().equals(FIRST_LINE)) {
            throw new IllegalArgumentException("Not a Pilot Ledger checkpoint: the first line must be \"" + FIRST_LINE
                    + "\"");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        return new Checkpoint(field(fields, "events", Long::parseLong), field(fields, "head", HEX::parseHex),
                field(fields, "sealed-through", Long::parseLong), field(fields, "signed-at", Instant::parse),
                field(fields, "key", Function.identity()),
                field(fields, "signature", Base64.getDecoder()::decode));
    }

    private static <T> T field(Map<String, String> fields, String name, Function<String, T> reading) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Malformed checkpoint: the line \"" + name + ":\" is missing");
        }
        try {
            return reading.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Malformed checkpoint: the line \"" + name + ":\" does not read ("
                    + e.getMessage() + ")", e);
        }
    }

    private static byte[] statement(long events, byte[] head, long sealedThrough, Instant signedAt, String key) {
        return (FIRST_LINE + "\n"
                + "events: " + events + "\n"
                + "head: " + HEX.formatHex(head) + "\n"
                + "sealed-through: " + sealedThrough + "\n"
                + "signed-at: " + signedAt + "\n"
                + "key: " + key + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && toText().equals(that.toText());
    }

    @Override
    public int hashCode() {
        return toText().hashCode();
    }

    @Override
    public String toString() {
        return "checkpoint of " + events + " events signed at " + signedAt;
    }
}
