package dev.carnet.site.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A PNG's chunks: its size from the header, and a copy without metadata. The copy keeps the
 * pixels and what shows them right (palette, transparency, colour profile and gamma, pixel
 * density, an animation's frames); it drops EXIF ({@code eXIf}, with its GPS position), texts
 * (where XMP travels) and the time of the last edit.
 */
public final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP",
            "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT");

    private Png() {
    }

    static boolean is(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the size, or null when this is no PNG, or an animated one (made smaller, it would stop moving) */
    static Photo header(byte[] bytes) {
        if (!is(bytes) || bytes.length < 33 || !type(bytes, 12).equals("IHDR")) {
            return null;
        }
        int width = (int) u32(bytes, 16);
        int height = (int) u32(bytes, 20);
        for (int at = 8; at + 8 <= bytes.length; at += 12 + (int) u32(bytes, at)) {
            String type = type(bytes, at + 4);
            if (type.equals("acTL")) {
                return null;
            }
            if (type.equals("IDAT") || u32(bytes, at) > bytes.length) {
                break;
            }
        }
        return width > 0 && height > 0 ? new Photo(Photo.Format.PNG, width, height, 1) : null;
    }

    /** The PNG without its metadata chunks; a chunk running past the end ends the copy (with an IEND). */
    static byte[] strip(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        boolean ended = false;
        for (int at = SIGNATURE.length; at + 12 <= png.length; ) {
            long length = u32(png, at);
            if (length > png.length - at - 12) {
                break;
            }
            String type = type(png, at + 4);
            if (KEPT.contains(type)) {
                out.write(png, at, 12 + (int) length);
            }
            at += 12 + (int) length;
            if (type.equals("IEND")) {
                ended = true;
                break;
            }
        }
        if (!ended) {
            out.writeBytes(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
        }
        return out.toByteArray();
    }

    private static String type(byte[] bytes, int at) {
        return at + 4 <= bytes.length ? new String(bytes, at, 4, StandardCharsets.ISO_8859_1) : "";
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | b[at + 3] & 0xFFL;
    }
}
