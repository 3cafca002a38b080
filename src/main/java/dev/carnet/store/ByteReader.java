package dev.carnet.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the values carnet's own files hold (ints, longs, flags, texts as a length and UTF-8) one
 * after the other from a buffer. Not a DataInputStream over a ByteArrayInputStream: that reads
 * byte by byte through synchronized calls, and the build's indexes hold 10,000 notes and 13,000
 * pages, read at the start of every build.
 */
public final class ByteReader {
    private final ByteBuffer block;
    private int position;

    public ByteReader(ByteBuffer block, int position) {
        this.block = block;
        this.position = position;
    }

    public int number() {
        int value = block.getInt(position);
        position += Integer.BYTES;
        return value;
    }

    public long wide() {
        long value = block.getLong(position);
        position += Long.BYTES;
        return value;
    }

    public boolean flag() {
        return block.get(position++) != 0;
    }

    /** A text written as its UTF-8 length and bytes; a negative length reads as null. */
    public String nullable() {
        int length = number();
        if (length < 0) {
            return null;
        }
        check(length);
        String text;
        if (block.hasArray()) {
            text = new String(block.array(), block.arrayOffset() + position, length, StandardCharsets.UTF_8);
        } else {
            byte[] bytes = new byte[length];
            block.get(position, bytes);
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        position += length;
        return text;
    }

    public String text() {
        String text = nullable();
        if (text == null) {
            throw new IllegalStateException("damaged: a text is missing");
        }
        return text;
    }

    /** Passes over a text (or bytes) written as its length and itself, reading none of it. */
    public void skip() {
        int length = number();
        if (length > 0) {
            check(length);
            position += length;
        }
    }

    /** Where the next value starts. */
    public int position() {
        return position;
    }

    /** Bytes written as their length and themselves, as a view of the buffer rather than a copy. */
    public ByteBuffer view() {
        int length = number();
        check(length);
        ByteBuffer view = block.slice(position, length);
        position += length;
        return view;
    }

    /** Whether every byte was read: a file with more is not what was written. */
    public boolean atEnd() {
        return position == block.limit();
    }

    private void check(int length) {
        if (length < 0 || position + length > block.limit()) {
            throw new IllegalStateException("damaged: a value runs past the end");
        }
    }
}
