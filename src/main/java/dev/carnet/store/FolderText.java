package dev.carnet.store;

import java.io.File;
import java.nio.file.Path;

/**
 * A file's path from a folder it lies in, by cutting the folder's text off the file's: a build
 * asks it of tens of thousands of files it walked, and {@code relativize} was a tenth of a build
 * with nothing to do.
 */
public final class FolderText {
    private FolderText() {
    }

    /**
     * {@code file}'s path from {@code folder}, with '/' separators, when its text is the folder's
     * text, a separator and more; else null (the caller then relativizes).
     */
    public static String under(String folder, Path file) {
        String path = file.toString();
        if (path.length() <= folder.length() + 1 || !path.startsWith(folder) || path.charAt(folder.length()) != File.separatorChar) {
            return null;
        }
        String relative = path.substring(folder.length() + 1);
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }
}
