package com.pilotledger.verifier;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an evidence pack holds ({@code manifest.txt}): its scope, when and by whom it was made, how many events, seals
 * and checkpoints it carries, and where its stretch of the chain starts: the position of its first seal and the chain
 * hash before it. The manifest is not signed; what it says about the chain is checked, since the seals from
 * {@code chainBefore} on must end in the head of a signed checkpoint.
 * <pre>
 * Pilot Ledger evidence pack v1
 * scope: pilot 5f0c2d1e-...
 * createdAt: 2026-11-30T17:00:00Z
 * createdBy: ada
 * events: 14
 * seals: 120
 * checkpoints: 2
 * firstPosition: 37
 * chainBefore: 9b2e...
 * </pre>
 *
 * @param scope         {@value #WHOLE_PORTFOLIO}, {@code pilot <id>} or {@code period <from> to <to>}
 * @param firstPosition the chain position of the pack's first seal; 0 when the pack holds none
 * @param chainBefore   the chain hash of the seal before the first one ({@link Sealing#GENESIS} before seal 1)
 */
public record PackManifest(String scope, Instant createdAt, String createdBy, long events, long seals,
                           long checkpoints, long firstPosition, byte[] chainBefore) {

    public static final String WHOLE_PORTFOLIO = "whole portfolio";

    private static final String FIRST_LINE = "Pilot Ledger evidence pack v1";
    private static final HexFormat HEX = HexFormat.of();

    public PackManifest {
        chainBefore = chainBefore.clone();
    }

    @Override
    public byte[] chainBefore() {
        return chainBefore.clone();
    }

    /** Only a pack of the whole portfolio holds every sealed event; any other is an excerpt. */
    public boolean complete() {
        return WHOLE_PORTFOLIO.equals(scope);
    }

    public String toText() {
        return FIRST_LINE + "\n"
                + "scope: " + scope + "\n"
                + "createdAt: " + createdAt + "\n"
                + "createdBy: " + createdBy + "\n"
                + "events: " + events + "\n"
                + "seals: " + seals + "\n"
                + "checkpoints: " + checkpoints + "\n"
                + "firstPosition: " + firstPosition + "\n"
                + "chainBefore: " + HEX.formatHex(chainBefore) + "\n";
    }

    /** Reads the text form back; fails with a message naming the missing or malformed line. */
    public static PackManifest parse(String text) {
        String[] lines = text.strip().split("\r?\n");
        if (lines.length == 0 || !lines[0].strip().equals(FIRST_LINE)) {
            throw new IllegalArgumentException("Not a Pilot Ledger evidence pack manifest: the first line must be \""
                    + FIRST_LINE + "\"");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        try {
            return new PackManifest(field(fields, "scope"), Instant.parse(field(fields, "createdAt")),
                    field(fields, "createdBy"), Long.parseLong(field(fields, "events")),
                    Long.parseLong(field(fields, "seals")), Long.parseLong(field(fields, "checkpoints")),
                    Long.parseLong(field(fields, "firstPosition")), HEX.parseHex(field(fields, "chainBefore")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Malformed manifest: " + e.getMessage(), e);
        }
    }

    private static String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the line \"" + name + ":\" is missing");
        }
        return value;
    }
}
