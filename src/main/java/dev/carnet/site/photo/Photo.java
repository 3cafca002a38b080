package dev.carnet.site.photo;

/**
 * What a picture's header says: its format, its size as stored and how a viewer turns it.
 *
 * @param orientation EXIF's 1 to 8: 1 as stored, 3 upside down, 6 and 8 a quarter turn (a phone held upright), the others mirrored
 */
public record Photo(Format format, int width, int height, int orientation) {
    public enum Format {
        JPEG("jpg"), PNG("png");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The extension of the smaller copies. */
        public String extension() {
            return extension;
        }
    }

    /** Whether the picture is shown with its width and height swapped (orientations 5 to 8). */
    public boolean turned() {
        return orientation >= 5;
    }

    /** The width readers see, once turned. */
    public int shownWidth() {
        return turned() ? height : width;
    }

    public int shownHeight() {
        return turned() ? width : height;
    }

    /** The height of a copy {@code width} pixels wide, rounded as the resizer rounds it. */
    public int heightAt(int width) {
        return Math.max(1, (int) Math.round((double) shownHeight() * width / shownWidth()));
    }

    /**
     * The header of a JPEG or PNG, from its first bytes.
     *
     * @return null when it is neither, or one carnet leaves as it is (damaged, animated, arithmetic-coded)
     */
    public static Photo of(byte[] head) {
        return Jpeg.is(head) ? Jpeg.header(head) : Png.is(head) ? Png.header(head) : null;
    }

    /** The file as published at its own address: the same picture, its metadata (GPS position first) left out. */
    public static byte[] withoutMetadata(byte[] file) {
        if (Jpeg.is(file)) {
            Photo header = Jpeg.header(file);
            return Jpeg.strip(file, header == null ? 1 : header.orientation());
        }
        return Png.is(file) ? Png.strip(file) : file;
    }
}
