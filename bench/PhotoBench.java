import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Photo-like JPEGs for bench/photos.sh: sky-like gradients, shapes with soft edges and sensor-like
 * noise, written at quality 92 as a phone does (3 to 5 MB at 4000×3000, like a real 12 MP photo).
 *   java bench/PhotoBench.java OUT_DIR COUNT WIDTH HEIGHT
 */
public class PhotoBench {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        int count = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        int height = Integer.parseInt(args[3]);
        dir.mkdirs();
        for (int n = 1; n <= count; n++) {
            Random random = new Random(n);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(110, 160, 220), 0, height, new Color(230, 210, 170)));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 900; i++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 40 + random.nextInt(160)));
                int w = 10 + random.nextInt(width / 5);
                int h = 10 + random.nextInt(height / 5);
                g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
            }
            g.dispose();
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int noise = (int) (random.nextGaussian() * 5);
                    int p = row[x];
                    row[x] = clamp((p >> 16 & 0xFF) + noise) << 16 | clamp((p >> 8 & 0xFF) + noise) << 8 | clamp((p & 0xFF) + noise);
                }
                image.setRGB(0, y, width, 1, row, 0, width);
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            File file = new File(dir, "photo-" + n + ".jpg");
            try (FileImageOutputStream out = new FileImageOutputStream(file)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.92f);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
