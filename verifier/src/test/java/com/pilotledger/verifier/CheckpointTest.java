package com.pilotledger.verifier;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointTest {

    private static final KeyPair KEY = SigningKeys.generate();
    private static final byte[] HEAD = new Sealing().chain(Sealing.GENESIS, new byte[32]);
    private static final Instant SIGNED_AT = Instant.parse("2026-11-30T17:00:00Z");

    private final Checkpoint checkpoint = Checkpoint.sign(1200, HEAD, 1204, SIGNED_AT, KEY.getPrivate(),
            KEY.getPublic());

    @Test
    void aSignedCheckpointReadBackFromItsTextIsStillSignedByTheKey() {
        Checkpoint read = Checkpoint.parse(checkpoint.toText());

        assertTrue(read.signedBy(KEY.getPublic()));
        assertEquals(checkpoint, read);
        assertEquals(1200, read.events());
        assertArrayEquals(HEAD, read.head());
        assertEquals(1204, read.sealedThrough());
        assertEquals(SIGNED_AT, read.signedAt());
        assertEquals(SigningKeys.keyId(KEY.getPublic()), read.key());
    }

    @Test
    void theTextIsTheDocumentedLines() {
        String[] lines = checkpoint.toText().split("\n");

        assertEquals(7, lines.length);
        assertEquals("Pilot Ledger checkpoint v1", lines[0]);
        assertEquals("events: 1200", lines[1]);
        assertEquals("head: " + checkpoint.headHex(), lines[2]);
        assertEquals("sealed-through: 1204", lines[3]);
        assertEquals("signed-at: 2026-11-30T17:00:00Z", lines[4]);
        assertEquals("key: " + SigningKeys.keyId(KEY.getPublic()), lines[5]);
        assertTrue(lines[6].startsWith("signature: "));
    }

    @Test
    void windowsLineEndsAndSurroundingBlanksStillRead() {
        String text = "\n  " + checkpoint.toText().replace("\n", "\r\n") + "\r\n\r\n";

        assertTrue(Checkpoint.parse(text).signedBy(KEY.getPublic()));
    }

    @Test
    void aChangeToAnyLineBreaksTheSignature() {
        String original = checkpoint.toText();
        Checkpoint ofMoreEvents = Checkpoint.sign(1201, HEAD, 1204, SIGNED_AT, KEY.getPrivate(), KEY.getPublic());
        Map<String, String[]> changes = new LinkedHashMap<>();
        changes.put("events", new String[]{"events: 1200", "events: 1201"});
        changes.put("head", new String[]{"head: " + checkpoint.headHex(),
                "head: " + flipLastHexDigit(checkpoint.headHex())});
        changes.put("sealed-through", new String[]{"sealed-through: 1204", "sealed-through: 1205"});
        changes.put("signed-at", new String[]{"signed-at: 2026-11-30T17:00:00Z", "signed-at: 2026-11-30T17:00:01Z"});
        changes.put("key", new String[]{"key: " + checkpoint.key(),
                "key: " + SigningKeys.keyId(SigningKeys.generate().getPublic())});
        changes.put("signature", new String[]{signatureLine(original), signatureLine(ofMoreEvents.toText())});

        changes.forEach((line, change) -> {
            String changed = original.replace(change[0], change[1]);
            assertNotEquals(original, changed, line);
            assertFalse(Checkpoint.parse(changed).signedBy(KEY.getPublic()), "a changed " + line + " line");
        });
    }

    @Test
    void aSignatureOfTheWrongLengthIsNotValidRatherThanAnError() {
        String text = checkpoint.toText().replaceFirst("signature: .*", "signature: AAAA");

        assertFalse(Checkpoint.parse(text).signedBy(KEY.getPublic()));
    }

    @Test
    void anotherKeyDidNotSignIt() {
        assertFalse(checkpoint.signedBy(SigningKeys.generate().getPublic()));
    }

    @Test
    void anotherKeyClaimingTheSameNameDidNotSignIt() {
        KeyPair other = SigningKeys.generate();
        Checkpoint byOther = Checkpoint.sign(1200, HEAD, 1204, SIGNED_AT, other.getPrivate(), other.getPublic());
        Checkpoint renamed = new Checkpoint(1200, HEAD, 1204, SIGNED_AT, checkpoint.key(), byOther.signature());

        assertFalse(renamed.signedBy(KEY.getPublic()));
    }

    @Test
    void aTextThatIsNoCheckpointIsRefusedByItsFirstLine() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.parse("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n"));
        assertTrue(refused.getMessage().contains("first line"), refused.getMessage());

        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(""));
    }

    @Test
    void aMissingLineIsNamed() {
        for (String line : new String[]{"events", "head", "sealed-through", "signed-at", "key", "signature"}) {
            String text = checkpoint.toText().replaceFirst("(?m)^" + line + ": .*\n", "");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Checkpoint.parse(text), line);
            assertTrue(refused.getMessage().contains("\"" + line + ":\""), refused.getMessage());
        }
    }

    @Test
    void aMalformedValueIsNamedByItsLine() {
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("events", "twelve hundred");
        malformed.put("head", "not hex");
        malformed.put("sealed-through", "1204.5");
        malformed.put("signed-at", "yesterday");
        malformed.put("signature", "not base64!");
        malformed.forEach((line, value) -> {
            String text = checkpoint.toText().replaceFirst("(?m)^" + line + ": .*$", line + ": " + value);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Checkpoint.parse(text), line);
            assertTrue(refused.getMessage().contains("\"" + line + ":\""), refused.getMessage());
        });
    }

    private static String signatureLine(String text) {
        return text.lines().filter(line -> line.startsWith("signature: ")).findFirst().orElseThrow();
    }

    private static String flipLastHexDigit(String hex) {
        char last = hex.charAt(hex.length() - 1);
        return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
    }
}
