package dev.carnet.markdown;

import java.nio.ByteBuffer;

/**
 * A rendering's HTML as UTF-8 bytes, either held or copied on first use from a buffer (the
 * render cache's pack, mapped): after one edit to a blog of ten thousand notes, only the few
 * pages and feeds made again need their notes' HTML, and copying all of it (over 100 MB) out
 * of the pack was a fifth of the build.
 */
public final class HtmlBytes {
    private volatile byte[] bytes;
    private final ByteBuffer source;

    private HtmlBytes(byte[] bytes, ByteBuffer source) {
        this.bytes = bytes;
        this.source = source;
    }

    public static HtmlBytes of(byte[] bytes) {
        return new HtmlBytes(bytes, null);
    }

    /** @param source the bytes, read (from its position to its limit) only when first asked for; not to change meanwhile */
    public static HtmlBytes later(ByteBuffer source) {
        return new HtmlBytes(null, source.slice());
    }

    /** The bytes (the same array each time: not to be changed). */
    public byte[] get() {
        byte[] held = bytes;
        if (held == null) {
            held = new byte[source.remaining()];
            source.get(0, held);
            bytes = held;
        }
        return held;
    }
}
