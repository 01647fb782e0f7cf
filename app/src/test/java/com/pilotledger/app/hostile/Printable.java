package com.pilotledger.app.hostile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text of a request made readable and still exact: invisible characters as {@code \\uXXXX}, bytes that are not UTF-8
 * as {@code \\xNN}, and a run of more than {@value #RUN} equal characters as {@code ⟪c×n⟫}, so that a 100,000-character
 * field prints as one line.
 */
final class Printable {

    private static final int RUN = 12;
    private static final int MOST = 3000;

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i;
            while (end < text.length() && text.charAt(end) == c) {
                end++;
            }
            if (end - i > RUN) {
                out.append('⟪').append(visible(c)).append('×').append(end - i).append('⟫');
            } else {
                for (int k = i; k < end; k++) {
                    out.append(visible(c));
                }
            }
            i = end;
        }
        return out.length() <= MOST ? out.toString()
                : out.substring(0, MOST) + " …(" + (out.length() - MOST) + " more printed characters)";
    }

    static String of(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
        StringBuilder text = new StringBuilder();
        while (in.hasRemaining()) {
            CoderResult result = decoder.decode(in, chars, true);
            if (result.isError()) {
                chars.flip();
                text.append(chars);
                chars.clear();
                for (int k = 0; k < result.length(); k++) {
                    text.append(String.format("\uE000x%02X", in.get() & 0xFF));
                }
            } else {
                break;
            }
        }
        chars.flip();
        text.append(chars);
        // U+E000 (private use) marks a raw byte, printed as \xNN.
        return of(text.toString()).replace("\uE000x", "\\x");
    }

    private static String visible(char c) {
        boolean invisible = c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029';
        return invisible ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }
}
