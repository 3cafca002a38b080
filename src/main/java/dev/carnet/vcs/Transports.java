package dev.carnet.vcs;

import dev.carnet.config.TransportSettings;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Progress;
import java.io.File;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.EmptyProgressMonitor;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.TextProgressMonitor;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * One network operation with carnet's transport settings: SSH through Apache MINA sshd reading
 * the user's own {@code ~/.ssh} (config, keys, known_hosts), https with a token or
 * {@code ~/.netrc}. Refusals become sentences that say what to do; tokens never appear in them.
 */
final class Transports implements AutoCloseable {
    /** What JGit and MINA say when a connection dies in the middle of a pack (tried through a link cut on purpose). */
    private static final Pattern CUT = Pattern.compile(
            "Short read|Packfile is truncated|Session is being closed|Write attempt on closing session|Connection reset|Broken pipe|Unexpected end of stream");

    private final TransportSettings settings;
    private final HostKeys hostKeys;
    private final AnsweringSshSessions ssh;

    Transports(TransportSettings settings) {
        this.settings = settings;
        File home = settings.home().toFile();
        File sshDir = settings.home().resolve(".ssh").toFile();
        this.hostKeys = new HostKeys(settings.home().resolve(".ssh/known_hosts"), settings.acceptNewHostKey());
        this.ssh = new AnsweringSshSessions(new SshdSessionFactoryBuilder()
                .setHomeDirectory(home)
                .setSshDirectory(sshDir)
                .setServerKeyDatabase((h, s) -> hostKeys)
                .build(null), settings.timeoutSeconds());
    }

    <C extends TransportCommand<C, ?>> C configure(C command) {
        return command.setTimeout(settings.timeoutSeconds())
                .setTransportConfigCallback(transport -> {
                    if (transport instanceof SshTransport sshTransport) {
                        sshTransport.setSshSessionFactory(ssh);
                    }
                })
                .setCredentialsProvider(new Credentials(settings, ssh));
    }

    /** Progress on the terminal (objects counted, written); none when output is not a terminal. */
    ProgressMonitor progress() {
        var tasks = settings.tasks();
        if (tasks != Progress.NONE) {
            // JGit asks isCancelled() between objects: a cancelled transfer stops there.
            return new EmptyProgressMonitor() {
                @Override
                public void beginTask(String title, int totalWork) {
                    tasks.phase(title.toLowerCase(Locale.ROOT));
                }

                @Override
                public boolean isCancelled() {
                    return tasks.cancelled();
                }
            };
        }
        return settings.progress() == null ? NullProgressMonitor.INSTANCE
                : new TextProgressMonitor(settings.progress());
    }

    /** Runs {@code call}, turning a transport failure into the sentence the author needs. */
    <T> T run(String remote, String url, Supplier<T> call) {
        try {
            return call.get();
        } catch (CarnetException e) {
            throw e;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof TransportException transport) {
                if (settings.tasks().cancelled()) {
                    throw new CarnetException(Phrase.of("remote.cancelled"), transport);
                }
                String said = String.valueOf(transport.getMessage());
                if (silent(transport) || said.contains("Read timed out")) {
                    throw new CarnetException(Phrase.of("remote.silent", remote, Remotes.masked(url), String.valueOf(settings.timeoutSeconds())), transport);
                }
                Phrase refused = hostKeys.refusal();
                if (refused != null) {
                    throw new CarnetException(Phrase.of("remote.hostRefused", remote, refused), transport);
                }
                // JGit's message may span lines (one per key tried): the author gets one line.
                String oneLine = Remotes.masked(said.replaceAll("\\s*\\R\\s*", "; ").replace(url + ": ", ""));
                if (CUT.matcher(said).find()) {
                    throw new CarnetException(Phrase.of("remote.cut", remote, Remotes.masked(url), oneLine), transport);
                }
                if (said.contains("Cannot log in")) {
                    throw new CarnetException(Phrase.of("remote.sshLogin", remote, Remotes.masked(url), settings.home().resolve(".ssh")), transport);
                }
                throw new CarnetException(Phrase.of("remote.unreachable", remote, Remotes.masked(url), oneLine), transport);
            }
            throw e;
        }
    }

    private static boolean silent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AnsweringSshSessions.SilentServer) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        ssh.close();
    }

    /** https tokens and SSH key passphrases; anything else is unanswered (and the operation fails cleanly). */
    private static final class Credentials extends CredentialsProvider {
        private final TransportSettings settings;
        private final AnsweringSshSessions clock;
        private final NetRCCredentialsProvider netrc = new NetRCCredentialsProvider();

        Credentials(TransportSettings settings, AnsweringSshSessions clock) {
            this.settings = settings;
            this.clock = clock;
        }

        @Override
        public boolean isInteractive() {
            return settings.prompt() != null;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) {
            boolean http = uri.getScheme() != null && uri.getScheme().startsWith("http");
            if (http && settings.token() != null) {
                for (CredentialItem item : items) {
                    if (item instanceof CredentialItem.Username username) {
                        username.setValue(uri.getUser() != null ? uri.getUser() : "carnet");
                    } else if (item instanceof CredentialItem.Password password) {
                        password.setValue(settings.token().toCharArray());
                    } else {
                        return false;
                    }
                }
                return true;
            }
            if (http) {
                return netrc.get(uri, items);
            }
            StringBuilder context = new StringBuilder();
            for (CredentialItem item : items) {
                if (item instanceof CredentialItem.InformationalMessage message) {
                    context.append(message.getPromptText().strip()).append(' ');
                }
            }
            for (CredentialItem item : items) {
                if (item instanceof CredentialItem.Password password && settings.prompt() != null) {
                    char[] secret = clock.whileAsking(() -> settings.prompt().apply(context + item.getPromptText()));
                    if (secret == null) {
                        return false;
                    }
                    password.setValue(secret);
                } else if (!(item instanceof CredentialItem.InformationalMessage)) {
                    return false;
                }
            }
            return true;
        }
    }
}
