package com.pilotledger.verifier;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeysTest {

    /** Written once by {@code openssl genpkey -algorithm ed25519} (OpenSSL 3.0.19). */
    private static final String OPENSSL_PRIVATE_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIK2wTUwj+GWGCj409oToBLYNTbZ2AFzql4wLsArANj2a
            -----END PRIVATE KEY-----
            """;
    /** Its public key, by {@code openssl pkey -pubout}. */
    private static final String OPENSSL_PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAvtqNTyfAb9gGiho3ehOZ0BHRgAUbd3OBbz/PkUcC5WI=
            -----END PUBLIC KEY-----
            """;
    /** The first 8 bytes of {@code openssl pkey -pubout -outform DER | sha256sum}. */
    private static final String OPENSSL_KEY_ID = "67181c8a47bfc021";
    /** {@code printf 'signed by openssl' | openssl pkeyutl -sign -rawin -inkey private.pem | base64}. */
    private static final String OPENSSL_SIGNATURE = "AEi691ByvSTa8oxg7ctNz3cJ3SGY+v1wBBk7rnlECtiBrlZq9H0Zw5zqfmJRKdkB6Vuife4"
            + "mO5ip6OQ2uP2gDg==";

    @Test
    void keysWrittenAsPemReadBackTheSame() {
        KeyPair key = SigningKeys.generate();

        PublicKey publicKey = SigningKeys.publicKey(SigningKeys.pem(key.getPublic()));
        PrivateKey privateKey = SigningKeys.privateKey(SigningKeys.pem(key.getPrivate()));

        assertArrayEquals(key.getPublic().getEncoded(), publicKey.getEncoded());
        assertArrayEquals(key.getPrivate().getEncoded(), privateKey.getEncoded());
        assertTrue(verifies(publicKey, "hello", sign(privateKey, "hello")));
    }

    @Test
    void aPemIsLabelledAndWrappedAsOpensslWritesIt() {
        KeyPair key = SigningKeys.generate();

        String publicPem = SigningKeys.pem(key.getPublic());
        String privatePem = SigningKeys.pem(key.getPrivate());

        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicPem);
        assertTrue(publicPem.endsWith("\n-----END PUBLIC KEY-----\n"), publicPem);
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), privatePem);
        assertTrue(publicPem.lines().allMatch(line -> line.length() <= 64), publicPem);
    }

    @Test
    void keysWrittenByOpensslRead() {
        PublicKey publicKey = SigningKeys.publicKey(OPENSSL_PUBLIC_KEY);
        PrivateKey privateKey = SigningKeys.privateKey(OPENSSL_PRIVATE_KEY);

        assertEquals(OPENSSL_KEY_ID, SigningKeys.keyId(publicKey));
        assertTrue(verifies(publicKey, "signed by openssl", Base64.getDecoder().decode(OPENSSL_SIGNATURE)),
                "OpenSSL's signature verifies with the public key read here");
        assertTrue(verifies(publicKey, "signed here", sign(privateKey, "signed here")),
                "the two keys read are a pair");
        assertEquals(OPENSSL_PUBLIC_KEY, SigningKeys.pem(publicKey), "written back as OpenSSL wrote it");
    }

    @Test
    void aCheckpointSignedWithAnOpensslKeyIsSignedByItsPublicKey() {
        Checkpoint checkpoint = Checkpoint.sign(3, new byte[32], 3, Instant.parse("2026-11-30T17:00:00Z"),
                SigningKeys.privateKey(OPENSSL_PRIVATE_KEY), SigningKeys.publicKey(OPENSSL_PUBLIC_KEY));

        assertEquals(OPENSSL_KEY_ID, checkpoint.key());
        assertTrue(Checkpoint.parse(checkpoint.toText()).signedBy(SigningKeys.publicKey(OPENSSL_PUBLIC_KEY)));
    }

    @Test
    void theKeyIdNamesOneKey() {
        KeyPair key = SigningKeys.generate();

        assertEquals(SigningKeys.keyId(key.getPublic()),
                SigningKeys.keyId(SigningKeys.publicKey(SigningKeys.pem(key.getPublic()))));
        assertNotEquals(SigningKeys.keyId(key.getPublic()), SigningKeys.keyId(SigningKeys.generate().getPublic()));
        assertTrue(SigningKeys.keyId(key.getPublic()).matches("[0-9a-f]{16}"));
    }

    @Test
    void aPrivateKeyIsNoPublicKey() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SigningKeys.publicKey(OPENSSL_PRIVATE_KEY));
        assertTrue(refused.getMessage().contains("-----BEGIN PUBLIC KEY-----"), refused.getMessage());
    }

    @Test
    void aTextWithoutPemIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SigningKeys.publicKey("MCowBQYDK2VwAyEAvtqNTyfAb9gG"));
        assertThrows(IllegalArgumentException.class, () -> SigningKeys.privateKey(""));
    }

    @Test
    void anRsaKeyIsNoEd25519Key() throws GeneralSecurityException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        String rsaPem = SigningKeys.pem(rsa.generateKeyPair().getPublic());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SigningKeys.publicKey(rsaPem));
        assertTrue(refused.getMessage().startsWith("Not an Ed25519 public key"), refused.getMessage());
    }

    @Test
    void aDamagedPemIsRefused() {
        String damaged = OPENSSL_PUBLIC_KEY.replace("MCowBQYDK2VwAyEA", "MCowBQYDK2VwAyE");

        assertThrows(IllegalArgumentException.class, () -> SigningKeys.publicKey(damaged));
    }

    private static byte[] sign(PrivateKey key, String message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean verifies(PublicKey key, String message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
