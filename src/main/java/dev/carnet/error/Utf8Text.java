package dev.carnet.error;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the author's files strictly: a wrong byte is reported with its line, never replaced.
 *
 * <p>In error, beside {@link CarnetException}, because its one job is to turn bad bytes into a
 * located error, and config (carnet.yml) and store (notes) both read files: error is below both.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    public static String decode(byte[] bytes, String file) {
        // The JDK's decoder turns every malformed sequence into U+FFFD: without one, the bytes
        // were well-formed, and a file is read in a single pass. With one (maybe a real U+FFFD),
        // the strict decoder decides and names the line of a bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            return decodeStrictly(bytes, file);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decodeStrictly(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new CarnetException(file, lineAt(bytes, offset),
                    Phrase.of("utf8.invalid", String.format("%02X", bytes[offset] & 0xff)), null);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new CarnetException(file, lineAt(bytes, bytes.length), Phrase.of("utf8.truncated"), null);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }


    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
