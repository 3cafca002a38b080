package dev.carnet.site.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoTest {
    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void readsSizeAndOrientationFromTheHeaderOnly() {
        byte[] camera = PhotoFixtures.cameraJpeg(PhotoFixtures.picture(400, 300, 1), 6);
        Photo photo = Photo.of(java.util.Arrays.copyOf(camera, 2000));
        assertThat(photo).isEqualTo(new Photo(Photo.Format.JPEG, 400, 300, 6));
        assertThat(photo.shownWidth()).isEqualTo(300);
        assertThat(photo.shownHeight()).isEqualTo(400);
        assertThat(Photo.of(PhotoFixtures.png(PhotoFixtures.picture(50, 20, 1)))).isEqualTo(new Photo(Photo.Format.PNG, 50, 20, 1));
        assertThat(Photo.of("pas vraiment une image".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(Photo.of(java.util.Arrays.copyOf(camera, 40))).as("cut before its frame header").isNull();
    }

    @Test
    void stripsGpsFromTheFullSizeCopyKeepingEveryPixelAndTheOrientation() throws IOException {
        byte[] camera = PhotoFixtures.cameraJpeg(PhotoFixtures.picture(400, 300, 2), 6);
        assertThat(PhotoFixtures.exifTags(camera)).contains(0x8825);
        assertThat(PhotoFixtures.holdsPlace(camera)).isTrue();
        byte[] published = Photo.withoutMetadata(camera);
        assertThat(PhotoFixtures.holdsPlace(published)).isFalse();
        assertThat(PhotoFixtures.exifTags(published)).containsExactly(0x0112);
        assertThat(Photo.of(published)).isEqualTo(new Photo(Photo.Format.JPEG, 400, 300, 6));
        BufferedImage before = decode(camera);
        BufferedImage after = decode(published);
        for (int y = 0; y < 300; y += 7) {
            for (int x = 0; x < 400; x += 7) {
                assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
            }
        }
        byte[] upright = Photo.withoutMetadata(PhotoFixtures.cameraJpeg(PhotoFixtures.picture(40, 30, 2), 1));
        assertThat(PhotoFixtures.exifTags(upright)).isEmpty();
    }

    @Test
    void stripsExifAndTextChunksFromPngs() {
        byte[] png = PhotoFixtures.png(PhotoFixtures.picture(60, 40, 3));
        byte[] planted = new byte[png.length + 12 + 26];
        System.arraycopy(png, 0, planted, 0, 33); // signature and IHDR
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.wrap(planted, 33, 12 + 26);
        chunk.putInt(26).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(PhotoFixtures.PLACE.getBytes(StandardCharsets.US_ASCII)).putInt(0);
        System.arraycopy(png, 33, planted, 33 + 12 + 26, png.length - 33);
        assertThat(PhotoFixtures.holdsPlace(planted)).isTrue();
        byte[] published = Photo.withoutMetadata(planted);
        assertThat(PhotoFixtures.holdsPlace(published)).isFalse();
        assertThat(published).isEqualTo(png);
    }

    @Test
    void makesEachWidthAskedUprightWithTheShownProportions() throws IOException {
        byte[] camera = PhotoFixtures.cameraJpeg(PhotoFixtures.picture(1600, 1200, 4), 6);
        Photo photo = Photo.of(camera);
        Map<Integer, byte[]> copies = PhotoResizer.copies(camera, photo, List.of(480, 720, 1080));
        assertThat(copies).containsOnlyKeys(480, 720, 1080);
        for (Map.Entry<Integer, byte[]> copy : copies.entrySet()) {
            BufferedImage image = decode(copy.getValue());
            assertThat(image.getWidth()).isEqualTo(copy.getKey());
            assertThat(image.getHeight()).isEqualTo(photo.heightAt(copy.getKey())).isGreaterThan(image.getWidth());
            assertThat(PhotoFixtures.exifTags(copy.getValue())).isEmpty();
            assertThat(PhotoFixtures.holdsPlace(copy.getValue())).isFalse();
            // Turned a quarter clockwise: the stored top-left corner (red) is now top-right.
            int corner = image.getRGB(image.getWidth() - 5, 5);
            assertThat((corner >> 16) & 0xFF).isGreaterThan(200);
            assertThat(corner & 0xFF).isLessThan(60);
        }
        assertThat(PhotoResizer.copies(camera, photo, List.of(480)).get(480)).as("the same bytes each time").isEqualTo(copies.get(480));
    }

    @Test
    void readsLargePhotosSubsampledWithoutAliasing() throws IOException {
        // Stripes one pixel wide: read subsampled or scaled in one step they turn into moiré; averaged they are grey.
        BufferedImage stripes = new BufferedImage(2400, 400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 2400; x++) {
            for (int y = 0; y < 400; y++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0xFFFFFF : 0x000000);
            }
        }
        byte[] png = PhotoFixtures.png(stripes);
        BufferedImage small = decode(PhotoResizer.copies(png, Photo.of(png), List.of(480)).get(480));
        assertThat(small.getWidth()).isEqualTo(480);
        for (int x = 10; x < 470; x += 37) {
            int grey = small.getRGB(x, 40) & 0xFF;
            assertThat(grey).as("x=" + x).isBetween(100, 155);
        }
    }
}
