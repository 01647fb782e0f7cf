package com.pilotledger.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A sealed log, or a stretch of it, in a zip file an auditor verifies offline. The pack holds:
 * <dl>
 *     <dt>{@value #EVENTS}</dt><dd>One JSON object per line per event, in global order, with the columns of Axon's
 *     event table exactly as stored: {@code globalIndex}, {@code eventId}, {@code aggregateType} (may be null),
 *     {@code aggregateId}, {@code sequenceNumber}, {@code timeStamp}, {@code payloadType}, {@code payloadRevision} (may
 *     be null), and {@code payload} and {@code metaData} (may be null) as JSON strings holding the stored UTF-8 text,
 *     so the stored bytes come back exactly. Bytes that are not valid UTF-8 are given in base64 instead, as
 *     {@code payloadBase64} or {@code metaDataBase64}.</dd>
 *     <dt>{@value #SEALS}</dt><dd>One JSON object per line per seal, in chain order: {@code position},
 *     {@code globalIndex}, {@code eventId}, {@code leaf} and {@code chain} (SHA-256 in hex). An unbroken stretch of the
 *     chain: from the seal of the pack's first event to the checkpoint that covers its last; so it also holds the
 *     seals of events outside the pack's scope.</dd>
 *     <dt>{@value #CHECKPOINTS}</dt><dd>The signed checkpoints that fall in that stretch, in their text form
 *     ({@link Checkpoint#toText()}), separated by a blank line; the last one covers every event of the pack.</dd>
 *     <dt>{@value #PUBLIC_KEY}</dt><dd>The public key the application signs with (PEM): check it against your own
 *     copy, or pass yours to the verifier.</dd>
 *     <dt>{@value #MANIFEST}</dt><dd>The scope, who made the pack and when, counts, and where the stretch starts
 *     ({@link PackManifest}).</dd>
 *     <dt>{@value #VERIFICATION}</dt><dd>The application's verification of this pack when it made it.</dd>
 *     <dt>{@value #SUMMARY}</dt><dd>A readable summary of each decision in the pack, for people; the verifier does not
 *     read it, and nothing in it is proven beyond the events it was made from.</dd>
 * </dl>
 * Only a pack of the whole portfolio is {@link #complete()}; a pack of one pilot or of a period is an excerpt, whose
 * stretch of seals starts where its first event was sealed, and in which seals of events outside the scope have no
 * event.
 * <p>
 * Entries are read line by line, in constant memory, except when the seals are not in global order (an event that
 * committed late is sealed after events with higher global indexes): then the seals are sorted in memory to pair
 * them with the events.
 */
public final class EvidencePack implements LedgerSource, AutoCloseable {

    public static final String EVENTS = "events.jsonl";
    public static final String SEALS = "seals.jsonl";
    public static final String CHECKPOINTS = "checkpoints.txt";
    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String MANIFEST = "manifest.txt";
    public static final String VERIFICATION = "verification.txt";
    public static final String SUMMARY = "summary.html";

    private static final HexFormat HEX = HexFormat.of();

    private final ZipFile zip;
    private final PackManifest manifest;

    private EvidencePack(ZipFile zip, PackManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens a pack and reads its manifest; fails when the file is not a pack. */
    public static EvidencePack open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LedgerUnreadableException("the evidence pack " + file, e);
        }
        try {
            return new EvidencePack(zip, PackManifest.parse(text(zip, MANIFEST)));
        } catch (RuntimeException e) {
            close(zip);
            throw e instanceof LedgerUnreadableException unreadable ? unreadable
                    : new LedgerUnreadableException("the manifest of " + file, e);
        }
    }

    public PackManifest manifest() {
        return manifest;
    }

    @Override
    public boolean complete() {
        return manifest.complete();
    }

    @Override
    public byte[] chainBefore() {
        return manifest.chainBefore();
    }

    @Override
    public void sealsInChainOrder(Consumer<Seal> seals) {
        try (Lines lines = lines(SEALS)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                seals.accept(lines.read(line, EvidencePack::seal));
            }
        }
    }

    /** The events as written (they must be in global order), merged with the seals sorted by global index. */
    @Override
    public void eventsInGlobalOrder(BiConsumer<EventRow, Seal> pairs) {
        try (Lines eventLines = lines(EVENTS)) {
            Iterator<Seal> seals = sealsInGlobalOrder();
            EventRow event = nextEvent(eventLines, null);
            Seal seal = seals.hasNext() ? seals.next() : null;
            while (event != null || seal != null) {
                if (seal == null || event != null && event.globalIndex() < seal.globalIndex()) {
                    pairs.accept(event, null);
                    event = nextEvent(eventLines, event);
                } else if (event == null || seal.globalIndex() < event.globalIndex()) {
                    pairs.accept(null, seal);
                    seal = seals.hasNext() ? seals.next() : null;
                } else {
                    pairs.accept(event, seal);
                    event = nextEvent(eventLines, event);
                    seal = seals.hasNext() ? seals.next() : null;
                }
            }
        }
    }

    @Override
    public List<Checkpoint> checkpoints() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (String block : text(zip, CHECKPOINTS).split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                try {
                    checkpoints.add(Checkpoint.parse(block));
                } catch (IllegalArgumentException e) {
                    throw new LedgerUnreadableException(CHECKPOINTS + " of the pack", e);
                }
            }
        }
        checkpoints.sort(Comparator.comparingLong(Checkpoint::events));
        return checkpoints;
    }

    @Override
    public List<String> publishedKeys() {
        return List.of(text(zip, PUBLIC_KEY));
    }

    @Override
    public void close() {
        close(zip);
    }

    /** The line of {@value #EVENTS} for an event as stored. */
    public static String eventLine(EventRow event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("globalIndex", event.globalIndex());
        fields.put("eventId", event.eventId());
        fields.put("aggregateType", event.aggregateType());
        fields.put("aggregateId", event.aggregateId());
        fields.put("sequenceNumber", event.sequenceNumber());
        fields.put("timeStamp", event.timeStamp());
        fields.put("payloadType", event.payloadType());
        fields.put("payloadRevision", event.payloadRevision());
        putBytes(fields, "payload", event.payload());
        putBytes(fields, "metaData", event.metaData());
        return line(fields);
    }

    /** The line of {@value #SEALS} for a seal. */
    public static String sealLine(Seal seal) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("position", seal.position());
        fields.put("globalIndex", seal.globalIndex());
        fields.put("eventId", seal.eventId());
        fields.put("leaf", HEX.formatHex(seal.leaf()));
        fields.put("chain", HEX.formatHex(seal.chain()));
        return line(fields);
    }

    /** Stored bytes as their UTF-8 text when they are valid UTF-8 (they come back exactly), else in base64. */
    private static void putBytes(Map<String, Object> fields, String name, byte[] bytes) {
        if (bytes == null) {
            fields.put(name, null);
            return;
        }
        try {
            fields.put(name, StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            fields.put(name + "Base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    private static String line(Map<String, Object> fields) {
        StringBuilder line = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (line.length() > 1) {
                line.append(',');
            }
            line.append(Json.quote(name)).append(':').append(value == null ? "null"
                    : value instanceof Long number ? number.toString() : Json.quote((String) value));
        });
        return line.append('}').toString();
    }

    private EventRow nextEvent(Lines lines, EventRow previous) {
        String line = lines.next();
        if (line == null) {
            return null;
        }
        EventRow event = lines.read(line, EvidencePack::event);
        if (previous != null && event.globalIndex() <= previous.globalIndex()) {
            throw lines.unreadable(new IllegalArgumentException("global index " + event.globalIndex() + " after "
                    + previous.globalIndex() + ": the events are not in global order"));
        }
        return event;
    }

    /** The seals as written when they already are in global order (the usual case), else sorted in memory. */
    private Iterator<Seal> sealsInGlobalOrder() {
        long[] previous = {Long.MIN_VALUE};
        boolean[] ordered = {true};
        sealsInChainOrder(seal -> {
            ordered[0] &= seal.globalIndex() > previous[0];
            previous[0] = seal.globalIndex();
        });
        if (ordered[0]) {
            return new StreamedSeals(lines(SEALS));
        }
        List<Seal> sorted = new ArrayList<>();
        sealsInChainOrder(sorted::add);
        sorted.sort(Comparator.comparingLong(Seal::globalIndex));
        return sorted.iterator();
    }

    private static EventRow event(Map<String, Object> fields) {
        return new EventRow(number(fields, "globalIndex"), text(fields, "eventId", true),
                text(fields, "aggregateType", false), text(fields, "aggregateId", true),
                number(fields, "sequenceNumber"), text(fields, "timeStamp", true), text(fields, "payloadType", true),
                text(fields, "payloadRevision", false), bytes(fields, "payload", true), bytes(fields, "metaData", false));
    }

    private static Seal seal(Map<String, Object> fields) {
        return new Seal(number(fields, "position"), number(fields, "globalIndex"), text(fields, "eventId", true),
                HEX.parseHex(text(fields, "leaf", true)), HEX.parseHex(text(fields, "chain", true)));
    }

    private static long number(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof BigDecimal number)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a number");
        }
        return number.longValueExact();
    }

    private static String text(Map<String, Object> fields, String name, boolean required) {
        Object value = fields.get(name);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return text;
    }

    private static byte[] bytes(Map<String, Object> fields, String name, boolean required) {
        boolean asText = fields.containsKey(name);
        boolean asBase64 = fields.containsKey(name + "Base64");
        if (asText && asBase64) {
            throw new IllegalArgumentException("both \"" + name + "\" and \"" + name + "Base64\" are given");
        }
        if (asBase64) {
            return Base64.getDecoder().decode(text(fields, name + "Base64", true));
        }
        String text = text(fields, name, required);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private Lines lines(String name) {
        return new Lines(name, open(zip, name));
    }

    private static InputStream open(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        try {
            if (entry == null) {
                throw new NoSuchFileException(name, null, "not in the pack");
            }
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw new LedgerUnreadableException(name + " of the pack", e);
        }
    }

    private static String text(ZipFile zip, String name) {
        try (InputStream in = open(zip, name)) {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (IOException e) {
            throw new LedgerUnreadableException(name + " of the pack", e);
        }
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines of one entry, strictly UTF-8, each read as one JSON object; errors name the line. */
    private static final class Lines implements AutoCloseable {
        private final String name;
        private final BufferedReader reader;
        private long number;

        Lines(String name, InputStream in) {
            this.name = name;
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        }

        String next() {
            try {
                String line;
                do {
                    line = reader.readLine();
                    number++;
                } while (line != null && line.isBlank());
                return line;
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        @SuppressWarnings("unchecked")
        <T> T read(String line, Function<Map<String, Object>, T> reading) {
            try {
                if (!(Json.parse(line) instanceof Map<?, ?> fields)) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                return reading.apply((Map<String, Object>) fields);
            } catch (RuntimeException e) {
                throw unreadable(e);
            }
        }

        LedgerUnreadableException unreadable(Exception cause) {
            return new LedgerUnreadableException(name + " line " + number + " of the pack", cause);
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The seals read as written, for seals already in global order; the stream closes when they are all read. */
    private static final class StreamedSeals implements Iterator<Seal> {
        private final Lines lines;
        private String next;

        StreamedSeals(Lines lines) {
            this.lines = lines;
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Seal next() {
            Seal seal = lines.read(next, EvidencePack::seal);
            advance();
            return seal;
        }

        private void advance() {
            next = lines.next();
            if (next == null) {
                lines.close();
            }
        }
    }
}
