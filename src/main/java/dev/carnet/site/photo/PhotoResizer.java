package dev.carnet.site.photo;

import dev.carnet.site.card.Headless;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The smaller copies of a photo, from one decoding: read whole up to twice the largest copy's
 * width (subsampled beyond: a 100-megapixel picture is never decoded whole), turned upright, then
 * halved step by step down to each width. JPEGs are written at quality {@value #JPEG_QUALITY_PERCENT}, progressive,
 * with no metadata at all; PNGs as PNG (a screenshot's text stays sharp).
 */
public final class PhotoResizer {
    /** Changes whenever a copy would come out different: kept copies of another version are made again. */
    public static final int VERSION = 1;
    static final int JPEG_QUALITY_PERCENT = 80;
    /** The widest copy carnet makes. */
    public static final int LARGEST = 1600;

    private PhotoResizer() {
    }

    /**
     * @param widths the widths to make, each under the photo's shown width and at most {@link #LARGEST}
     * @return width → the copy's bytes: each the same whichever other widths are asked with it (a
     *     build that finds some in its cache makes the others as a clean build would)
     * @throws IOException when ImageIO cannot decode it
     */
    public static Map<Integer, byte[]> copies(byte[] file, Photo photo, List<Integer> widths) throws IOException {
        Headless.ensure();
        // Subsampled only past twice the largest copy: a 100-megapixel photo is read at a fifth of its
        // pixels (its finest detail may alias a little), never decoded whole into a heap it would fill.
        int subsampling = Math.max(1, photo.shownWidth() / (2 * LARGEST));
        List<BufferedImage> halvings = new ArrayList<>();
        halvings.add(upright(read(file, subsampling), photo.orientation(), photo.format() == Photo.Format.PNG));
        Map<Integer, byte[]> copies = new TreeMap<>();
        for (int width : widths) {
            BufferedImage image = scaled(halvings, width, photo.heightAt(width));
            copies.put(width, photo.format() == Photo.Format.JPEG ? jpeg(image) : png(image));
        }
        return copies;
    }

    private static BufferedImage read(byte[] file, int subsampling) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The picture as a viewer shows it (EXIF orientation applied), in RGB, or ARGB for a PNG with transparency. */
    static BufferedImage upright(BufferedImage image, int orientation, boolean png) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        int type = png && image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h, type);
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    /**
     * The picture halved while it stays at least twice as wide as asked (each halving averages
     * four pixels: no moiré, unlike one large bilinear step), then one bilinear step to the exact
     * size; {@code halvings} keeps each halving for the next width.
     */
    static BufferedImage scaled(List<BufferedImage> halvings, int width, int height) {
        int level = 0;
        while (halvings.get(level).getWidth() / 2 >= width && halvings.get(level).getHeight() / 2 >= 1) {
            if (level + 1 == halvings.size()) {
                BufferedImage last = halvings.get(level);
                halvings.add(draw(last, last.getWidth() / 2, last.getHeight() / 2));
            }
            level++;
        }
        BufferedImage current = halvings.get(level);
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage from, int width, int height) {
        BufferedImage to = new BufferedImage(width, height, from.getType() == BufferedImage.TYPE_INT_ARGB
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return to;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY_PERCENT / 100f);
            // Progressive: about a tenth smaller here, and a phone shows the whole picture blurred at once.
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }
}
