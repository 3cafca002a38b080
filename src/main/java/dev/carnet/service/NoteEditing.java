package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.store.AtomicFiles;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The editor works on a copy of the note in {@code .carnet/editing/}, never on the note: a save
 * cut short by a full disk, an editor that fails or a connection that drops leaves the note as it
 * was, and the author's text in the copy. The note is replaced, atomically, only when the editor
 * exits well with a file that looks whole.
 */
public final class NoteEditing {
    static final String FOLDER = ".carnet/editing/";
    private static final int BLOCK = 4096;

    private final Blog blog;

    public NoteEditing(Blog blog) {
        this.blog = blog;
    }

    /** What came of one edit: whether the note changed. */
    public record Outcome(boolean saved) {
    }

    /**
     * @param runEditor opens the editor on the file and returns when it exits (throws if it failed)
     * @param notice told, before the editor opens, of a recovery file or an unfinished earlier edit
     * @param replaceCutShort asked, with the reason, whether a file that looks cut short replaces the note
     * @throws CarnetException when the note is left unchanged, saying where the author's text is
     */
    public Outcome edit(String path, Consumer<Path> runEditor, Consumer<String> notice, Predicate<String> replaceCutShort) {
        Path note = blog.resolve(path);
        Path copy = blog.resolve(FOLDER + path);
        byte[] original = read(note, path);
        prepare(path, note, copy, original, notice);
        try {
            runEditor.accept(copy);
        } catch (CarnetException e) {
            throw new CarnetException(e.getMessage() + "; " + path + " is unchanged" + setAside(copy, original), e);
        }
        byte[] edited = read(copy, FOLDER + path);
        if (Arrays.equals(edited, original)) {
            delete(copy);
            return new Outcome(false);
        }
        if (!Arrays.equals(read(note, path), original)) {
            throw new CarnetException(path + " changed while the editor was open (another program wrote it); it keeps that change"
                    + setAside(copy, original) + ": merge the two by hand");
        }
        String cut = cutShort(original, edited);
        if (cut != null && !replaceCutShort.test(cut)) {
            throw new CarnetException("the saved file " + cut + "; " + path + " is unchanged" + setAside(copy, original));
        }
        try {
            AtomicFiles.write(note, edited);
        } catch (CarnetException e) {
            throw new CarnetException(e.getMessage() + "; your text is in " + FOLDER + path, e);
        }
        delete(copy);
        return new Outcome(true);
    }

    private void prepare(String path, Path note, Path copy, byte[] original, Consumer<String> notice) {
        recoveryFiles(path, copy).forEach(notice);
        if (Files.exists(copy)) {
            byte[] earlier = read(copy, FOLDER + path);
            if (Arrays.equals(earlier, original)) {
                return;
            }
            if (modified(copy) >= modified(note)) {
                notice.accept(FOLDER + path + " holds your text from an edit that did not finish;"
                        + " the editor opens it (" + path + " changes only when you save and quit)");
                return;
            }
            Path aside = aside(copy, ".earlier");
            notice.accept("an unfinished edit older than " + path + " is kept in " + blog.relative(aside));
        }
        AtomicFiles.write(copy, original);
    }

    /** nano's {@code .save} (written when the terminal hangs up), vim's swap files, emacs's autosave. */
    private List<String> recoveryFiles(String path, Path copy) {
        String name = copy.getFileName().toString();
        return Stream.of(copy.getParent(), blog.resolve(path).getParent())
                .flatMap(dir -> Stream.of(
                        new String[] {name + ".save", "nano"}, new String[] {"." + name + ".swp", "vim"},
                        new String[] {"." + name + ".swo", "vim"}, new String[] {"#" + name + "#", "emacs"})
                        .filter(r -> Files.exists(dir.resolve(r[0])))
                        .map(r -> r[1] + " left a recovery file from an edit that did not finish: "
                                + blog.relative(dir.resolve(r[0])) + (r[1].equals("vim")
                                ? " (vim offers to recover it; delete it once you have your text back)"
                                : " (take back what you need from it, then delete it)")))
                .toList();
    }

    /**
     * Why the edited file looks cut short (a full disk stops a save at a block boundary, often in
     * the middle of a line or a character), or null when it looks whole.
     */
    static String cutShort(byte[] original, byte[] edited) {
        boolean shorter = edited.length < original.length;
        boolean endsMidLine = edited.length > 0 && edited[edited.length - 1] != '\n'
                && original.length > 0 && original[original.length - 1] == '\n';
        if (shorter && endsMidLine && edited.length % BLOCK == 0) {
            return "looks cut short (" + edited.length + " bytes instead of " + original.length + ", ending mid-line)";
        }
        if (edited.length == 0 && original.length > 0) {
            return "is empty";
        }
        if (endsMidCharacter(edited)) {
            return "looks cut short (it ends in the middle of a character)";
        }
        return null;
    }

    private static boolean endsMidCharacter(byte[] text) {
        for (int back = 1; back <= 4 && back <= text.length; back++) {
            int b = text[text.length - back] & 0xff;
            if ((b & 0xC0) != 0x80) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back;
            }
        }
        return false;
    }

    /** Moves the copy aside when it differs from the note (else drops it), and says where. */
    private String setAside(Path copy, byte[] original) {
        if (!Files.exists(copy)) {
            return "";
        }
        if (Arrays.equals(read(copy, blog.relative(copy)), original)) {
            delete(copy);
            return "";
        }
        return "; your text is in " + blog.relative(aside(copy, ".unsaved"));
    }

    private Path aside(Path copy, String suffix) {
        Path target = copy.resolveSibling(copy.getFileName() + suffix);
        try {
            return Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CarnetException(blog.relative(copy) + ": cannot move it aside (" + e.getMessage() + "); your text is there", e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] read(Path file, String shown) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CarnetException(shown + ": no such file (the editor did not save it?)");
        } catch (IOException e) {
            throw new CarnetException(shown + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover copy equal to the note, or already in the note: harmless, reused next time
        }
    }
}
