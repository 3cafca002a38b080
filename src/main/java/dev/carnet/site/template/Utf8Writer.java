package dev.carnet.site.template;

import java.io.Writer;
import java.util.Arrays;

/**
 * The page as the UTF-8 bytes it is written in, encoded as Pebble writes it: a page went into a
 * StringBuilder (copied when it grew and when a character past Latin-1 came), then into a
 * String, then into bytes, three copies of each of a build's thousands of pages. The bytes are
 * {@code String.getBytes(UTF_8)}'s, a lone surrogate included ({@code ?}); Utf8WriterTest holds
 * the two to that.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int count;
    /** A high surrogate that ended the last write, waiting for its low half. */
    private char high;

    Utf8Writer(int capacity) {
        this.bytes = new byte[capacity];
    }

    @Override
    public void write(String text, int offset, int length) {
        room(length);
        for (int i = offset; i < offset + length; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && high == 0) {
                bytes[count++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < 0x80 && high == 0) {
                bytes[count++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(int c) {
        room(1);
        put((char) c);
    }

    /** Room for {@code chars} more characters at three bytes each (a pair of surrogates takes four for two). */
    private void room(int chars) {
        long needed = count + 3L * chars + 3;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(needed, 2L * bytes.length), Integer.MAX_VALUE - 16));
        }
    }

    private void put(char c) {
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(pending, c);
                bytes[count++] = (byte) (0xf0 | code >> 18);
                bytes[count++] = (byte) (0x80 | code >> 12 & 0x3f);
                bytes[count++] = (byte) (0x80 | code >> 6 & 0x3f);
                bytes[count++] = (byte) (0x80 | code & 0x3f);
                return;
            }
            bytes[count++] = '?';
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xc0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xe0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3f);
            bytes[count++] = (byte) (0x80 | c & 0x3f);
        }
    }

    /** What was written, a high surrogate left alone at its end included. */
    byte[] toBytes() {
        if (high != 0) {
            room(1);
            high = 0;
            bytes[count++] = '?';
        }
        return Arrays.copyOf(bytes, count);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
