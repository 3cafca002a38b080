package dev.carnet.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes what {@link ByteReader} reads: ints and longs big-endian (as DataOutputStream does),
 * flags as a byte, texts as their UTF-8 length and bytes. Not a DataOutputStream over a
 * ByteArrayOutputStream, which writes an int as four synchronized calls: the build's indexes hold
 * 10,000 notes' front matters and 13,000 pages, written at the end of every build that changed one.
 */
public final class ByteWriter {
    private byte[] bytes;
    private int size;

    public ByteWriter(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    public void number(int value) {
        room(Integer.BYTES);
        bytes[size] = (byte) (value >>> 24);
        bytes[size + 1] = (byte) (value >>> 16);
        bytes[size + 2] = (byte) (value >>> 8);
        bytes[size + 3] = (byte) value;
        size += Integer.BYTES;
    }

    public void wide(long value) {
        number((int) (value >>> 32));
        number((int) value);
    }

    public void flag(boolean value) {
        room(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    /** A text as its UTF-8 length and bytes; null as the length -1. */
    public void nullable(String text) {
        if (text == null) {
            number(-1);
            return;
        }
        bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text as its UTF-8 length and bytes; null as the empty text. */
    public void text(String text) {
        bytes((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes as their length, then themselves. */
    public void bytes(byte[] value) {
        number(value.length);
        room(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** The bytes written so far are the first {@link #size()} of this array, the writer's own: not to be changed. */
    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
