package dev.carnet.site.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Photos as a phone makes them, made in the test: a JPEG whose EXIF holds an orientation and a
 * GPS position (with a place name no published file may hold), and the readers that say whether
 * a published file still carries any of it.
 */
public final class PhotoFixtures {
    /** Written in the GPS block (GPSAreaInformation): found in a published file, the place leaked. */
    public static final String PLACE = "CARNET-GPS-Fablab-45.7640N";

    private PhotoFixtures() {
    }

    /** A picture with detail (so that JPEG sizes are a photo's, not a flat colour's) and a red top-left corner. */
    public static BufferedImage picture(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 140, 200));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int w = 1 + random.nextInt(Math.max(1, width / 6));
            int h = 1 + random.nextInt(Math.max(1, height / 6));
            g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
        }
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 8), Math.max(1, height / 8));
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return encoded(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return encoded(image, "png");
    }

    private static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A camera's JPEG: {@code stored} as the sensor wrote it, EXIF orientation and GPS after SOI, and a trailer after EOI as phones add. */
    public static byte[] cameraJpeg(BufferedImage stored, int orientation) {
        byte[] plain = jpeg(stored);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(exif(orientation));
        out.write(plain, 2, plain.length - 2);
        out.writeBytes(("trailer " + PLACE).getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** APP1: big-endian TIFF, IFD0 = orientation + pointer to a GPS IFD holding latitude ref and area information. */
    private static byte[] exif(int orientation) {
        byte[] place = PLACE.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 24 + 4 + 2 + 24 + 4 + place.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gps = 8 + 2 + 24 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x001C).putShort((short) 7).putInt(place.length).putInt(gps + 2 + 24 + 4);
        tiff.putInt(0);
        tiff.put(place);
        byte[] body = tiff.array();
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + body.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length)).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return app1.array();
    }

    /** The EXIF tags of every EXIF block in a JPEG's IFD0 (before its end of image); none for a file without EXIF. */
    public static List<Integer> exifTags(byte[] jpeg) {
        List<Integer> tags = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            if (marker == 0xE1 && new String(jpeg, at + 4, 4, StandardCharsets.US_ASCII).equals("Exif")) {
                ByteBuffer tiff = ByteBuffer.wrap(jpeg, at + 10, length - 8).slice();
                if (tiff.get(0) == 'I') {
                    tiff.order(java.nio.ByteOrder.LITTLE_ENDIAN);
                }
                int ifd = tiff.getInt(4);
                int count = tiff.getShort(ifd) & 0xFFFF;
                for (int e = 0; e < count; e++) {
                    tags.add(tiff.getShort(ifd + 2 + 12 * e) & 0xFFFF);
                }
            }
            at += 2 + length;
        }
        return tags;
    }

    /** Whether the bytes hold the planted place name anywhere (metadata, trailer, anything). */
    public static boolean holdsPlace(byte[] file) {
        return new String(file, StandardCharsets.ISO_8859_1).contains(PLACE);
    }
}
