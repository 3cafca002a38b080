package dev.carnet.config;

import dev.carnet.error.CarnetException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes the author's files strictly: a wrong byte is reported with its line, never replaced. */
public final class Utf8Text {
    private Utf8Text() {
    }

    public static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new CarnetException(file, lineAt(bytes, offset), String.format(
                    "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[offset] & 0xff), null);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new CarnetException(file, lineAt(bytes, bytes.length), "invalid UTF-8 at the end of the file", null);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Strict decoding that only says whether the bytes are UTF-8. */
    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
