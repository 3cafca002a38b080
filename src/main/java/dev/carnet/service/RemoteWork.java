package dev.carnet.service;

import dev.carnet.config.TransportSettings;
import dev.carnet.error.Phrase;
import dev.carnet.model.Progress;
import java.time.Clock;

/**
 * Publish and sync for a front end that shows their progress (the text UI): how to reach the
 * remote is set once by whoever starts the front end, which then only hands over a Progress.
 */
public final class RemoteWork {
    private final TransportSettings transport;

    public RemoteWork(TransportSettings transport) {
        this.transport = transport;
    }

    /** Publishes the committed notes; the outcome in one line (pushed, or built but not pushed). */
    public Phrase publish(NoteService notes, Clock clock, Progress progress) {
        return new PublishService(notes.blog(), clock, transport.withTasks(progress).withPrompt(progress::secret))
                .publishInOneLine(new PublishService.Options(false, null, false));
    }

    public Phrase sync(NoteService notes, Progress progress) {
        return new SyncService(notes.blog(), transport.withTasks(progress).withPrompt(progress::secret)).syncInOneLine();
    }
}
