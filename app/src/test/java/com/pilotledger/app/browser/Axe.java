package com.pilotledger.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, from the npm registry: installed with npm into target/axe on first use (so
 * nothing is vendored into the repository), then injected into the page under test. Without npm or the registry the
 * test fails with npm's own words; it never skips.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    private static final Path HOME = Path.of("target", "axe");
    private static final Path PACKAGE = HOME.resolve(Path.of("node_modules", "axe-core"));
    private static String source;

    private Axe() {
    }

    /** The axe.min.js source of the pinned version, installed when absent or of another version. */
    static synchronized String source() {
        if (source == null) {
            if (!installed()) {
                install();
            }
            source = read(PACKAGE.resolve("axe.min.js"));
        }
        return source;
    }

    private static boolean installed() {
        Path manifest = PACKAGE.resolve("package.json");
        return Files.isRegularFile(PACKAGE.resolve("axe.min.js")) && Files.isRegularFile(manifest)
                && read(manifest).contains("\"version\": \"" + VERSION + "\"");
    }

    private static void install() {
        try {
            Files.createDirectories(HOME);
            Path log = HOME.resolve("npm-install.log");
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-package-lock", "--no-audit",
                    "--no-fund", "--prefix", HOME.toAbsolutePath().toString(), "axe-core@" + VERSION)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm install axe-core@" + VERSION + " took over 5 minutes; see " + log);
            }
            if (npm.exitValue() != 0 || !installed()) {
                throw new IllegalStateException("The accessibility check needs axe-core " + VERSION
                        + " from the npm registry, and npm could not install it (exit " + npm.exitValue() + "):\n"
                        + read(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("The accessibility check needs npm (apt-get install npm) to fetch "
                    + "axe-core " + VERSION + " from the npm registry", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing axe-core", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
