package dev.carnet.site.card;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * RGB images as PNG bytes, for the cards of one build. Not ImageIO's writer: at its default level
 * it takes 36 ms a card on this machine, and deflating is most of a card's cost. So the rows are
 * deflated in bands of {@link #BAND} rows, each on its own (a band ends on a sync flush, the
 * stream on an empty final block), and a band whose pixels are those of the same band of the last
 * card (the blog's name, the portrait, the margins: half of a card) reuses its deflated bytes.
 * What it writes depends on nothing but the pixels, whatever was encoded before: the same card is
 * the same bytes, and an incremental build equals a clean one. Thread-safe.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BAND = 16;
    /** zlib's header for a deflate stream with a 32 KB window at the fastest level (a multiple of 31, as zlib wants). */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    /** A final fixed-Huffman block holding nothing: ends the stream of sync-flushed bands. */
    private static final byte[] LAST_BLOCK = {0x03, 0x00};

    /** A band's raw rows and their deflated bytes. */
    private record Band(byte[] raw, byte[] packed) {
    }

    private final Map<Integer, Band> lastBands = new ConcurrentHashMap<>();

    /** @param image of {@link BufferedImage#TYPE_INT_RGB}, as the painter draws them */
    byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int stride = 1 + 3 * width;
        byte[] raw = rows(image);
        ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
        data.writeBytes(ZLIB_HEADER);
        for (int band = 0; band * BAND < height; band++) {
            int from = band * BAND * stride;
            int to = Math.min(height, (band + 1) * BAND) * stride;
            Band last = lastBands.get(band);
            if (last != null && Arrays.equals(last.raw(), 0, last.raw().length, raw, from, to)) {
                data.writeBytes(last.packed());
                continue;
            }
            byte[] packed = deflate(raw, from, to);
            lastBands.put(band, new Band(Arrays.copyOfRange(raw, from, to), packed));
            data.writeBytes(packed);
        }
        data.writeBytes(LAST_BLOCK);
        Adler32 adler = new Adler32();
        adler.update(raw);
        data.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());

        ByteArrayOutputStream out = new ByteArrayOutputStream(data.size() + 64);
        out.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8 bits, RGB, deflate, no interlace
        chunk(out, "IHDR", header.array(), 13);
        chunk(out, "IDAT", data.toByteArray(), data.size());
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /** Each row's filter byte ("None": on flat colours the deflater finds the runs by itself, and fastest), then its RGB bytes. */
    private static byte[] rows(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] raw = new byte[height * (1 + 3 * width)];
        int at = 0;
        for (int y = 0; y < height; y++) {
            raw[at++] = 0;
            for (int x = y * width, end = x + width; x < end; x++) {
                int p = pixels[x];
                raw[at++] = (byte) (p >> 16);
                raw[at++] = (byte) (p >> 8);
                raw[at++] = (byte) p;
            }
        }
        return raw;
    }

    /** One band as raw deflate blocks, ending byte-aligned on a sync flush, so that bands follow one another. */
    private static byte[] deflate(byte[] raw, int from, int to) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(raw, from, to - from);
            ByteArrayOutputStream packed = new ByteArrayOutputStream(16 * 1024);
            byte[] buffer = new byte[32 * 1024];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                packed.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput());
            return packed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        out.writeBytes(name);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
