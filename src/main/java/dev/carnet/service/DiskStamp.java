package dev.carnet.service;

import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * A cheap summary of a blog on disk, to notice changes made outside carnet (another shell's
 * {@code git checkout}, an editor in another pane, {@code carnet sync} from the command line):
 * the size and modification time of every file of the author's content and of git's HEAD, index
 * and refs. Equal stamps mean nothing a screen shows has changed; the contents are never read.
 *
 * @param content the author's files: carnet.yml, redirects.yml, notes, pages, comments, static, templates
 * @param git the repository's HEAD, index and refs (0 when the blog is not in a repository)
 */
public record DiskStamp(long content, long git) {
    private static final List<String> CONTENT = List.of("carnet.yml", "redirects.yml", "notes", "pages", "comments", "static",
            "templates");

    /** Stats the files now (a few milliseconds for a thousand notes); safe on any thread. */
    public static DiskStamp of(Blog blog) {
        long content = 0;
        for (String name : CONTENT) {
            content += tree(blog.root().resolve(name));
        }
        return new DiskStamp(content, git(blog.root()));
    }

    private static long git(Path root) {
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return repository(dotGit);
            }
            if (Files.isRegularFile(dotGit)) {
                return file(dotGit) + linked(dotGit);
            }
        }
        return 0;
    }

    /** A worktree's .git file names its own folder ("gitdir: …"), whose commondir holds the shared refs. */
    private static long linked(Path dotGit) {
        try {
            String line = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!line.startsWith("gitdir:")) {
                return 0;
            }
            Path own = dotGit.getParent().resolve(line.substring("gitdir:".length()).strip()).normalize();
            long stamp = repository(own);
            Path common = own.resolve("commondir");
            if (Files.isRegularFile(common)) {
                stamp += repository(own.resolve(Files.readString(common, StandardCharsets.UTF_8).strip()).normalize());
            }
            return stamp;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long repository(Path gitDir) {
        return file(gitDir.resolve("HEAD")) + file(gitDir.resolve("index")) + file(gitDir.resolve("packed-refs"))
                + tree(gitDir.resolve("refs"));
    }

    /** Order does not matter: each file's stamp is mixed on its own, then summed. */
    private static long tree(Path top) {
        if (!Files.exists(top)) {
            return 0;
        }
        long[] sum = {0};
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    sum[0] += stamp(file, attributes);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // deleted while walking: the next stamp sees it
                }
            });
        } catch (IOException e) {
            return sum[0] + 1;
        }
        return sum[0];
    }

    private static long file(Path file) {
        try {
            return stamp(file, Files.readAttributes(file, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            return 1;
        }
    }

    private static long stamp(Path file, BasicFileAttributes attributes) {
        long h = file.toString().hashCode();
        h = mix(h ^ attributes.size());
        h = mix(h ^ attributes.lastModifiedTime().toMillis());
        return mix(h ^ attributes.lastModifiedTime().toInstant().getNano());
    }

    /** SplitMix64's finaliser: neighbouring sizes and times give unrelated stamps. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
