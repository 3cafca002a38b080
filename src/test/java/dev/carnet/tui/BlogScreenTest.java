package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.Fixtures;
import dev.carnet.service.ExternalEditor;
import dev.carnet.service.NoteService;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * A main screen over a real blog folder (the sample blog plus a note of December 2023 tagged
 * atelier), with an editor that only records which file it was given.
 */
abstract class BlogScreenTest extends VirtualScreenTest {
    @TempDir
    Path dir;
    @TempDir
    Path tools;
    final Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH"), "CARNET_LANG", "en"));
    MainWindow window;

    void sampleBlog() {
        Fixtures.blog(dir);
        Fixtures.write(dir.resolve("notes/2023/12-oeuvres.md"),
                "---\ntitle: \"Œuvres d'été\"\ndate: 2024-01-02T09:00:00+01:00\ntags: [atelier]\n---\n\nUn atelier d'hiver.\n");
    }

    /** The main screen on the blog as it is now on disk, in the language carnet picks from {@link #env} and carnet.yml. */
    void onScreen() throws IOException {
        if (window != null) {
            gui.removeWindow(window);
        }
        window = new MainWindow(actions(), "Carnet de test", Locale.FRENCH, uiText());
        gui.addWindow(window);
        gui.getGUIThread().processEventsAndUpdate();
    }

    ServiceActions actions() {
        return new ServiceActions(new NoteService(Blog.open(dir), MainWindowTest.CLOCK), new ExternalEditor(env), screen,
                new TextUi.TtyState(""), new dev.carnet.service.RemoteWork(dev.carnet.config.TransportSettings.of(dir)), MainWindowTest.CLOCK, uiText());
    }

    /** The UI's words as {@link TextUi#run} chooses them for this blog and {@link #env} (CARNET_LANG=en unless a test changes it). */
    TuiText uiText() {
        Blog blog = Blog.open(dir);
        return TuiText.of(dev.carnet.service.UiLanguage.choose(env, blog.config().language(), blog.config().languageGiven()));
    }

    /** $EDITOR becomes a shell script running {@code script} (the file is $1). */
    void editor(String script) throws IOException {
        Path file = tools.resolve("editor");
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("EDITOR", file.toString());
    }

    /** The editor writes each file it is given, one a line, to {@link #edited()}. */
    void recordingEditor() throws IOException {
        editor("printf '%s\\n' \"$1\" >> '" + tools.resolve("edited") + "'");
    }

    /**
     * The notes the recording editor was given, as blog-relative paths: the editor gets a copy of
     * the note under .carnet/editing/ (NoteEditing), which must be the copy of that note.
     */
    java.util.List<String> edited() throws IOException {
        Path log = tools.resolve("edited");
        if (!Files.exists(log)) {
            return java.util.List.of();
        }
        Path copies = dir.toAbsolutePath().normalize().resolve(".carnet/editing");
        return Files.readAllLines(log).stream().map(p -> {
            assertThat(Path.of(p)).startsWithRaw(copies);
            return copies.relativize(Path.of(p)).toString();
        }).toList();
    }

    void typeText(String text) throws IOException {
        for (char c : text.toCharArray()) {
            type(ch(c));
        }
    }

    static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    /** The screen's row {@code index} (0 at the top). */
    String row(int index) {
        return text().split("\n")[index];
    }
}
