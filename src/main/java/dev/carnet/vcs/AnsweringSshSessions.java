package dev.carnet.vcs;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.util.FS;

/**
 * SSH sessions that give up on a server that stays silent for {@code publish.timeout} while it is
 * being connected to. JGit hands its timeout to the TCP connect and to the git traffic, but Apache
 * MINA waits for the handshake and the log-in with its own two minutes, so a host that accepts the
 * connection and then says nothing (a dead proxy, a laptop lid closed on the far side of a tunnel)
 * held carnet for 120 s whatever the setting said. Time spent asking the author for a key's
 * passphrase does not count.
 */
final class AnsweringSshSessions extends SshSessionFactory implements AutoCloseable {
    /** The server said nothing for the whole time allowed; the message is only for a log. */
    static final class SilentServer extends TransportException {
        private static final long serialVersionUID = 1L;

        SilentServer(URIish uri, int seconds, Throwable cause) {
            super(uri, "no answer in " + seconds + " s", cause);
        }
    }

    private final SshdSessionFactory sessions;
    private final int timeoutSeconds;
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "carnet-ssh-alarm");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long deadline = Long.MAX_VALUE;
    private volatile boolean asking;

    AnsweringSshSessions(SshdSessionFactory sessions, int timeoutSeconds) {
        this.sessions = sessions;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public RemoteSession getSession(URIish uri, CredentialsProvider credentials, FS fs, int tms) throws TransportException {
        if (timeoutSeconds <= 0) {
            return sessions.getSession(uri, credentials, fs, tms);
        }
        Call call = new Call(Thread.currentThread());
        restartClock();
        ScheduledFuture<?> alarm = alarms.scheduleWithFixedDelay(() -> call.ringIf(!asking && System.nanoTime() > deadline),
                100, 100, TimeUnit.MILLISECONDS);
        try {
            return sessions.getSession(uri, credentials, fs, tms);
        } catch (TransportException | RuntimeException e) {
            if (call.rang) {
                throw new SilentServer(uri, timeoutSeconds, e);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            call.end();
        }
    }

    /** One connection being made: the alarm may interrupt its thread only until it ends. */
    private static final class Call {
        private final Thread caller;
        private boolean ended;
        private volatile boolean rang;

        Call(Thread caller) {
            this.caller = caller;
        }

        synchronized void ringIf(boolean late) {
            if (late && !ended && !rang) {
                rang = true;
                caller.interrupt(); // MINA's waits for the handshake and the log-in end on an interrupt
            }
        }

        synchronized void end() {
            ended = true;
            if (rang) {
                Thread.interrupted(); // the interrupt was ours, not a cancel: nothing after must see it
            }
        }
    }

    /** Runs a question to the author (a passphrase) with the clock stopped, then starts it again. */
    <T> T whileAsking(Supplier<T> question) {
        asking = true;
        try {
            return question.get();
        } finally {
            restartClock();
            asking = false;
        }
    }

    private void restartClock() {
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    }

    @Override
    public String getType() {
        return sessions.getType();
    }

    @Override
    public void close() {
        alarms.shutdownNow();
        sessions.close();
    }
}
