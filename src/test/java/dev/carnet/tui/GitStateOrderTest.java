package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.config.TransportSettings;
import dev.carnet.service.ExternalEditor;
import dev.carnet.service.NoteService;
import dev.carnet.store.Blog;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The git state line never goes back in time: a slow, older answer does not overwrite a newer one. */
class GitStateOrderTest extends BlogScreenTest {
    @Test
    void aSlowOlderGitStateNeverReplacesANewerOne() throws Exception {
        sampleBlog();
        AtomicInteger asked = new AtomicInteger();
        ServiceActions slowFirst = new ServiceActions(new NoteService(Blog.open(dir), MainWindowTest.CLOCK), new ExternalEditor(env),
                screen, new TextUi.TtyState(""), new dev.carnet.service.RemoteWork(TransportSettings.of(dir)), MainWindowTest.CLOCK, text) {
            @Override
            public String gitState() {
                int n = asked.incrementAndGet();
                if (n == 1) {
                    try {
                        Thread.sleep(600); // the first answer is the slow one
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return "git: answer " + n;
            }
        };
        window = new MainWindow(slowFirst, "Carnet de test", Locale.FRENCH, text);
        gui.addWindow(window);
        type(ch('d')); // a draft toggled: the git state is asked again while the first answer is on its way
        waitFor("git: answer 2");
        Thread.sleep(900);
        gui.getGUIThread().processEventsAndUpdate();
        assertThat(text()).contains("git: answer 2").doesNotContain("git: answer 1");
    }
}
