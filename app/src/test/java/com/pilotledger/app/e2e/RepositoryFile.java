package com.pilotledger.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A file of the repository (README.md, docs/...), found from the working directory a module's tests run in. */
final class RepositoryFile {

    private RepositoryFile() {
    }

    static String read(String path) {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !(Files.exists(root.resolve("README.md")) && Files.exists(root.resolve("mvnw")))) {
            root = root.getParent();
        }
        assertThat(root).as("the repository root (README.md next to mvnw) above the working directory").isNotNull();
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
