package dev.carnet.site.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG's markers, read without decoding a pixel: its size and EXIF orientation from the header,
 * and a copy of it without metadata. The copy keeps every byte of the picture itself (no second
 * lossy compression) and what a browser needs to show it right: the JFIF header, the ICC colour
 * profile, Adobe's colour-transform marker, and an orientation when the camera gave one; it drops
 * EXIF (GPS position, camera serial, date), XMP, IPTC, comments, and whatever follows the end of
 * the picture (phones append previews and depth maps there, each with its own EXIF).
 */
public final class Jpeg {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int ORIENTATION_TAG = 0x0112;

    private Jpeg() {
    }

    static boolean is(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == SOI;
    }

    /**
     * @param bytes the file's first bytes (the header: 256 KB hold it in practice) or all of it
     * @return the stored size and orientation, or null when this is no JPEG ImageIO decodes (damaged, arithmetic-coded)
     */
    static Photo header(byte[] bytes) {
        if (!is(bytes)) {
            return null;
        }
        int orientation = 1;
        for (int at = 2; at + 4 <= bytes.length; ) {
            int marker = marker(bytes, at);
            if (marker < 0) {
                return null;
            }
            at = skipFill(bytes, at);
            int length = u16(bytes, at + 2);
            if (length < 2 || at + 2 + length > bytes.length) {
                return null;
            }
            int payload = at + 4;
            if (marker == APP1 && startsWith(bytes, payload, "Exif\0\0")) {
                orientation = orientation(bytes, payload + 6, at + 2 + length);
            } else if (marker >= 0xC0 && marker <= 0xC3) {
                // Baseline, extended, progressive and lossless: what the JDK's and TwelveMonkeys' readers decode.
                int height = u16(bytes, payload + 1);
                int width = u16(bytes, payload + 3);
                return width > 0 && height > 0 ? new Photo(Photo.Format.JPEG, width, height, orientation) : null;
            } else if (marker >= 0xC5 && marker <= 0xCF && marker != 0xC8 && marker != 0xCC || marker == SOS || marker == EOI) {
                return null; // arithmetic coding, or pixels before any frame header
            }
            at += 2 + length;
        }
        return null;
    }

    /**
     * The picture without its metadata, as described above; a structure broken half-way ends the
     * copy there (the picture is damaged anyway, and nothing after the break is published unread).
     *
     * @param orientation written back as the only EXIF field when it is not 1 (browsers turn the picture by it)
     */
    static byte[] strip(byte[] jpeg, int orientation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(SOI);
        boolean oriented = orientation == 1;
        int at = 2;
        while (at + 2 <= jpeg.length) {
            int marker = marker(jpeg, at);
            if (marker < 0) {
                break;
            }
            at = skipFill(jpeg, at);
            if (marker == EOI) {
                break;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                out.write(jpeg, at, 2);
                at += 2;
                continue;
            }
            if (at + 4 > jpeg.length) {
                break;
            }
            int length = u16(jpeg, at + 2);
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) {
                break;
            }
            if (!oriented && marker != APP0) {
                out.writeBytes(orientationSegment(orientation)); // EXIF comes right after JFIF's APP0, when there is one
                oriented = true;
            }
            if (kept(marker, jpeg, at + 4)) {
                out.write(jpeg, at, end - at);
            }
            at = end;
            if (marker == SOS) {
                int data = entropyEnd(jpeg, at);
                out.write(jpeg, at, data - at);
                at = data;
            }
        }
        out.write(0xFF);
        out.write(EOI);
        return out.toByteArray();
    }

    private static boolean kept(int marker, byte[] jpeg, int payload) {
        if (marker == APP0) {
            return true;
        }
        if (marker == APP2) {
            return startsWith(jpeg, payload, "ICC_PROFILE\0");
        }
        if (marker == APP14) {
            return startsWith(jpeg, payload, "Adobe");
        }
        // The other APPn (EXIF, XMP, IPTC, makers' notes) and comments go; the picture's own markers stay.
        return !(marker >= APP0 && marker <= 0xEF) && marker != 0xFE;
    }

    /** Where the compressed data after a scan header ends: at the first marker that is neither a stuffed 0xFF nor a restart. */
    private static int entropyEnd(byte[] jpeg, int from) {
        for (int i = from; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF) {
                int next = jpeg[i + 1] & 0xFF;
                if (next != 0 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return i;
                }
            }
        }
        return jpeg.length;
    }

    /** The marker at {@code at} (after any 0xFF fill bytes), or -1 when there is none. */
    private static int marker(byte[] bytes, int at) {
        if ((bytes[at] & 0xFF) != 0xFF) {
            return -1;
        }
        int i = skipFill(bytes, at);
        return i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
    }

    private static int skipFill(byte[] bytes, int at) {
        int i = at;
        while (i + 2 < bytes.length && (bytes[i + 1] & 0xFF) == 0xFF) {
            i++;
        }
        return i;
    }

    /** The orientation of an EXIF block's first image (its TIFF header at {@code tiff}), 1 when it gives none or a wrong one. */
    private static int orientation(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        if (!little && !(bytes[tiff] == 'M' && bytes[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = tiff + u32(bytes, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(bytes, (int) ifd, little);
        for (int e = 0; e < entries; e++) {
            int entry = (int) ifd + 2 + 12 * e;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(bytes, entry, little) == ORIENTATION_TAG) {
                int value = u16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** An APP1 EXIF block holding one field, the orientation (big-endian TIFF, one IFD, no next). */
    static byte[] orientationSegment(int orientation) {
        return new byte[] {(byte) 0xFF, (byte) APP1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
                'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (at + p.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return u16(b, at, false);
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? y << 8 | x : x << 8 | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
