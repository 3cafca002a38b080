package dev.carnet.service;

import dev.carnet.config.Progress;
import dev.carnet.config.TransportSettings;
import dev.carnet.error.CarnetException;
import dev.carnet.model.Plural;
import dev.carnet.site.BuildOptions;
import dev.carnet.site.MemorySink;
import dev.carnet.store.Blog;
import dev.carnet.vcs.BlogRepository;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import dev.carnet.vcs.PagesCommit;
import dev.carnet.vcs.PushResult;
import dev.carnet.vcs.RepoStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code carnet publish}: the site of the committed notes, written as one commit on the pages
 * branch (the work tree is never touched), then pushed with main. A push the remote refuses
 * leaves the local branches as they were and says what to do.
 */
public final class PublishService {
    static final String GITLAB_CI = """
            # Written by carnet: GitLab Pages serves what this job puts in public/.
            pages:
              stage: deploy
              script:
                - mkdir -p /tmp/site && cp -r . /tmp/site && rm -rf /tmp/site/.git && mv /tmp/site public
              artifacts:
                paths:
                  - public
              rules:
                - if: $CI_COMMIT_BRANCH == "%s"
            """;

    private final Blog blog;
    private final Clock clock;
    private final TransportSettings transport;

    public PublishService(Blog blog, Clock clock, TransportSettings transport) {
        this.blog = blog;
        this.clock = clock;
        this.transport = transport;
    }

    public record Options(boolean dryRun, String message, boolean allowDirty) {
    }

    public PublishReport publish(Options options) {
        var settings = blog.config().publish();
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            RepoStatus status = repository.status();
            if (!status.changes().isEmpty() && !options.allowDirty()) {
                throw new CarnetException(Plural.count(status.changes().size(), "file") + (status.changes().size() == 1 ? " has" : " have")
                        + " changes not committed (first: " + status.changes().get(0).path()
                        + "); publish shows committed notes only: run carnet commit, or publish --allow-dirty");
            }
            Progress tasks = transport.tasks();
            tasks.phase("building the site");
            MemorySink site = new SiteService(blog, clock).buildInMemory(BuildOptions.PUBLISHED);
            stopIfCancelled(tasks);
            Map<String, byte[]> files = files(site);
            if (settings.host().equals("gitlab")) {
                files.put(".gitlab-ci.yml", GITLAB_CI.formatted(settings.branch()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            int notes = (int) site.files().keySet().stream().filter(p -> p.matches("\\d{4}/\\d{2}/[^/]+/index.html")).count();
            String message = options.message() != null && !options.message().isBlank() ? options.message().strip()
                    : "Publish " + Plural.count(notes, "note") + " (carnet)";
            var author = blog.config().author();
            Identity fallback = CommitIdentity.fallback(author.name(), author.email());
            tasks.phase("writing branch " + settings.branch());
            PagesCommit pages = repository.writePages(settings.branch(), files, message, settings.history().equals("keep"),
                    fallback, clock.instant(), blog.config().timezone(), options.dryRun());
            String url = blog.config().base().map(Object::toString).orElse(null);
            if (options.dryRun() || repository.remoteUrl(settings.remote()).isEmpty()) {
                return new PublishReport(pages, notes, null, settings.remote(), url, options.dryRun());
            }
            List<String> branches = new ArrayList<>();
            if (repository.hasBranch(GitRepository.MAIN_BRANCH)) {
                branches.add(GitRepository.MAIN_BRANCH);
            }
            branches.add(settings.branch());
            Set<String> force = settings.history().equals("single") ? Set.of(settings.branch()) : Set.of();
            if (tasks.cancelled()) {
                undo(repository, pages);
                stopIfCancelled(tasks);
            }
            tasks.phase("pushing to " + settings.remote());
            PushResult push;
            try {
                push = repository.push(settings.remote(), branches, force, transport.withTimeout(blog.config().publish().timeout()));
            } catch (CarnetException e) {
                undo(repository, pages);
                throw e;
            }
            if (!push.accepted()) {
                undo(repository, pages);
                throw new CarnetException(refusal(push, settings.branch()));
            }
            return new PublishReport(pages, notes, push, settings.remote(), url, false);
        }
    }

    /** Publishes and says what happened in one line, for front ends that show a status line. */
    public String publishInOneLine(Options options) {
        PublishReport report = publish(options);
        String pages = report.pages().changed() ? "site published (" + report.notes() + " notes)" : "site unchanged";
        if (report.push() == null) {
            return pages + "; no remote yet (carnet remote set URL)";
        }
        return pages + ", pushed to " + report.remote() + (report.url() != null ? ": " + report.url() : "");
    }

    private static void stopIfCancelled(Progress tasks) {
        if (tasks.cancelled()) {
            throw new CarnetException("publish cancelled; nothing changed here");
        }
    }

    /** The pages commit the remote did not take is dropped: the next publish makes it again. */
    private static void undo(BlogRepository repository, PagesCommit pages) {
        if (pages.changed() && pages.id() != null) {
            repository.restorePages(pages);
        }
    }

    static String refusal(PushResult push, String pagesBranch) {
        List<String> reasons = new ArrayList<>();
        for (PushResult.RefResult ref : push.refs()) {
            if (ref.accepted()) {
                continue;
            }
            String because = switch (ref.status()) {
                case REJECTED_NON_FAST_FORWARD -> ref.branch().equals(pagesBranch)
                        ? "the remote's " + ref.branch() + " has commits carnet did not make (set publish.history: single to replace it)"
                        : "the remote has commits you don't have: run carnet sync, then publish again";
                case REJECTED_REMOTE_CHANGED -> "the remote's " + ref.branch() + " changed during the push: publish again";
                default -> "the remote refused " + ref.branch() + (ref.message() != null ? " (" + ref.message() + ")" : "");
            };
            reasons.add(ref.branch() + ": " + because);
        }
        return "publish refused by " + push.remote() + ": " + String.join("; ", reasons)
                + ". Nothing changed here: your commits and notes are intact";
    }

    private static Map<String, byte[]> files(MemorySink site) {
        Map<String, byte[]> files = new TreeMap<>();
        site.files().forEach((path, file) -> files.put(path, file.content()));
        for (Map.Entry<String, Path> copy : site.copies().entrySet()) {
            try {
                files.put(copy.getKey(), Files.readAllBytes(copy.getValue()));
            } catch (IOException e) {
                throw new CarnetException(copy.getValue() + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        return files;
    }
}
