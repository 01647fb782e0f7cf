package com.pilotledger.app.integrity;

import com.pilotledger.verifier.Checkpoint;
import com.pilotledger.verifier.SigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;

/**
 * The Ed25519 key this instance signs checkpoints with, read from {@code pilot-ledger.integrity.signing-key}: a PEM
 * file holding the private key and its public key (the JDK cannot derive one from the other). The
 * embedded default creates one there on first start (readable by its owner only) and says so; several instances of
 * one ledger share one key file. The public half is what auditors keep.
 */
@Component
@SealedLogKept
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    SigningKey(IntegritySettings settings) {
        Path file = settings.signingKey();
        if (file == null) {
            throw new IllegalStateException("pilot-ledger.integrity.signing-key names no key file: checkpoints of the"
                    + " sealed log cannot be signed (docs/integrity.md)");
        }
        if (!Files.exists(file)) {
            if (!settings.createSigningKey()) {
                throw new IllegalStateException("The signing key " + file.toAbsolutePath() + " does not exist, and"
                        + " pilot-ledger.integrity.create-signing-key is false (docs/integrity.md)");
            }
            create(file);
        }
        try {
            String pem = Files.readString(file, StandardCharsets.UTF_8);
            privateKey = SigningKeys.privateKey(pem);
            publicKey = SigningKeys.publicKey(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file.toAbsolutePath(), e);
        }
        log.info("Checkpoints are signed with Ed25519 key {} from {}", id(), file.toAbsolutePath());
    }

    public Checkpoint sign(long events, byte[] head, long sealedThrough, Instant signedAt) {
        return Checkpoint.sign(events, head, sealedThrough, signedAt, privateKey, publicKey);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String id() {
        return SigningKeys.keyId(publicKey);
    }

    public String publicKeyPem() {
        return SigningKeys.pem(publicKey);
    }

    /** Written to a temporary file and moved into place, so two instances starting at once end with one key. */
    private static void create(Path file) {
        KeyPair pair = SigningKeys.generate();
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path draft = Files.createTempFile(folder, "signing-key", ".tmp");
            try {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.warn("Cannot restrict the permissions of {} on this file system", draft);
            }
            Files.writeString(draft, SigningKeys.pem(pair.getPrivate()) + SigningKeys.pem(pair.getPublic()),
                    StandardCharsets.UTF_8);
            try {
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.delete(draft);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the signing key " + file.toAbsolutePath(), e);
        }
        log.warn("Created a new Ed25519 signing key for the sealed log at {} (key {}). Keep the public key and the"
                        + " checkpoints outside this system: GET /api/integrity/public-key and"
                        + " /api/integrity/checkpoints/latest (docs/integrity.md)", file.toAbsolutePath(),
                SigningKeys.keyId(pair.getPublic()));
    }
}
