package dev.carnet.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Which files {@code static/} holds, listed once per build: whether a picture a note shows is
 * there was a look-up on disk per picture and per note, twenty thousand on ten thousand notes,
 * on every build. Answers as {@link StaticFiles#file} does: a path leading out of the folder is
 * not there, and one under a link (which the listing does not follow) is looked up on disk.
 */
final class StaticNames {
    private final Path root;
    private final Set<String> files;
    private final boolean links;

    private StaticNames(Path root, Set<String> files, boolean links) {
        this.root = root;
        this.files = files;
        this.links = links;
    }

    static StaticNames of(Path blogRoot) {
        Path statics = blogRoot.resolve("static");
        Set<String> files = new HashSet<>();
        boolean[] links = {false};
        if (Files.isDirectory(statics)) {
            try {
                Files.walkFileTree(statics, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isSymbolicLink()) {
                            links[0] = true;
                        } else if (attributes.isRegularFile()) {
                            files.add(statics.relativize(file).toString().replace(File.separatorChar, '/'));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        links[0] = true; // unreadable now: each look-up goes to the disk
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                links[0] = true;
            }
        }
        return new StaticNames(blogRoot, files, links[0] || Files.isSymbolicLink(statics));
    }

    /** Whether {@code sitePath} ({@code images/x.jpg}) is a file of {@code static/}. */
    boolean has(String sitePath) {
        if (files.contains(sitePath)) {
            return true;
        }
        boolean plain = !sitePath.contains("./") && !sitePath.contains("//") && !sitePath.contains("\\") && !sitePath.startsWith(".");
        return (!plain || links) && StaticFiles.file(root, sitePath).isPresent();
    }
}
