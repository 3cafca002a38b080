package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
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
    public Outcome edit(String path, Consumer<Path> runEditor, Consumer<Phrase> notice, Predicate<Phrase> replaceCutShort) {
        Path note = blog.resolve(path);
        Path copy = blog.resolve(FOLDER + path);
        byte[] original = read(note, path);
        prepare(path, note, copy, original, notice);
        try {
            runEditor.accept(copy);
        } catch (CarnetException e) {
            throw new CarnetException(Phrase.of("edit.failed", e.whole(), path, setAside(copy, original)), e);
        }
        byte[] edited = read(copy, FOLDER + path);
        if (Arrays.equals(edited, original)) {
            delete(copy);
            return new Outcome(false);
        }
        if (!Arrays.equals(read(note, path), original)) {
            throw new CarnetException(Phrase.of("edit.changedMeanwhile", path, setAside(copy, original)));
        }
        Phrase cut = cutShort(original, edited);
        if (cut != null && !replaceCutShort.test(cut)) {
            throw new CarnetException(Phrase.of("edit.cutShort", cut, path, setAside(copy, original)));
        }
        try {
            AtomicFiles.write(note, edited);
        } catch (CarnetException e) {
            throw new CarnetException(Phrase.of("edit.notWritten", e.whole(), FOLDER + path), e);
        }
        delete(copy);
        return new Outcome(true);
    }

    private void prepare(String path, Path note, Path copy, byte[] original, Consumer<Phrase> notice) {
        recoveryFiles(path, copy).forEach(notice);
        if (Files.exists(copy)) {
            byte[] earlier = read(copy, FOLDER + path);
            if (Arrays.equals(earlier, original)) {
                return;
            }
            if (modified(copy) >= modified(note)) {
                notice.accept(Phrase.of("edit.unfinished", FOLDER + path, path));
                return;
            }
            Path aside = aside(copy, ".earlier");
            notice.accept(Phrase.of("edit.olderKept", path, blog.relative(aside)));
        }
        AtomicFiles.write(copy, original);
    }

    /** nano's {@code .save} (written when the terminal hangs up), vim's swap files, emacs's autosave. */
    private List<Phrase> recoveryFiles(String path, Path copy) {
        String name = copy.getFileName().toString();
        return Stream.of(copy.getParent(), blog.resolve(path).getParent())
                .flatMap(dir -> Stream.of(
                        new String[] {name + ".save", "nano"}, new String[] {"." + name + ".swp", "vim"},
                        new String[] {"." + name + ".swo", "vim"}, new String[] {"#" + name + "#", "emacs"})
                        .filter(r -> Files.exists(dir.resolve(r[0])))
                        .map(r -> Phrase.of(r[1].equals("vim") ? "edit.recoveryVim" : "edit.recovery", r[1],
                                blog.relative(dir.resolve(r[0])))))
                .toList();
    }

    /**
     * Why the edited file looks cut short (a full disk stops a save at a block boundary, often in
     * the middle of a line or a character), or null when it looks whole.
     */
    static Phrase cutShort(byte[] original, byte[] edited) {
        boolean shorter = edited.length < original.length;
        boolean endsMidLine = edited.length > 0 && edited[edited.length - 1] != '\n'
                && original.length > 0 && original[original.length - 1] == '\n';
        if (shorter && endsMidLine && edited.length % BLOCK == 0) {
            return Phrase.of("edit.cutBlock", edited.length, original.length);
        }
        if (edited.length == 0 && original.length > 0) {
            return Phrase.of("edit.emptied");
        }
        if (endsMidCharacter(edited)) {
            return Phrase.of("edit.cutCharacter");
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
    private Phrase setAside(Path copy, byte[] original) {
        if (!Files.exists(copy)) {
            return Phrase.of("edit.nothingAside");
        }
        if (Arrays.equals(read(copy, blog.relative(copy)), original)) {
            delete(copy);
            return Phrase.of("edit.nothingAside");
        }
        return Phrase.of("edit.aside", blog.relative(aside(copy, ".unsaved")));
    }

    private Path aside(Path copy, String suffix) {
        Path target = copy.resolveSibling(copy.getFileName() + suffix);
        try {
            return Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CarnetException(blog.relative(copy), 0, Phrase.of("edit.cannotMoveAside", e.getMessage()), e);
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
            throw new CarnetException(shown, 0, Phrase.of("edit.noFile"), null);
        } catch (IOException e) {
            throw new CarnetException(shown, 0, Phrase.of("file.cannotRead", e.getMessage()), e);
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
