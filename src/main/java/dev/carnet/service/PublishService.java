package dev.carnet.service;

import dev.carnet.config.TransportSettings;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Plural;
import dev.carnet.model.Progress;
import dev.carnet.site.MemorySink;
import dev.carnet.store.Blog;
import dev.carnet.store.PublishedAddressesFile;
import dev.carnet.store.WriterLock;
import dev.carnet.vcs.BlogRepository;
import dev.carnet.vcs.Identity;
import dev.carnet.vcs.PagesCommit;
import dev.carnet.vcs.PushResult;
import dev.carnet.vcs.RepoStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

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

    /** The message of a pages commit when the author gives none: how carnet knows its own commits again. */
    static final Pattern CARNET_MESSAGE = Pattern.compile("Publish \\d+ notes? \\(carnet\\)");

    /** Under the blog's remote lock: two publishes from two shells take turns. */
    public PublishReport publish(Options options) {
        return WriterLock.aroundRemote(blog.root(), () -> publishAlone(options));
    }

    private PublishReport publishAlone(Options options) {
        var settings = blog.config().publish();
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            var stopped = repository.stoppedSync();
            if (stopped.isPresent()) {
                throw new CarnetException(Phrase.of("publish.syncStopped", new SyncState(stopped.get().conflicts()).where()));
            }
            String notesBranch = repository.currentBranch();
            if (notesBranch.equals(settings.branch())) {
                throw new CarnetException(Phrase.of("publish.onNotesBranch", settings.branch()));
            }
            RepoStatus status = repository.status();
            if (!status.changes().isEmpty() && !options.allowDirty()) {
                throw new CarnetException(Phrase.of("publish.dirty", status.changes().size(), status.changes().get(0).path()));
            }
            Progress tasks = transport.tasks();
            tasks.step("phase.building");
            PublishedMemory.ToPublish toPublish = PublishedMemory.build(blog, clock, repository);
            MemorySink site = toPublish.site();
            stopIfCancelled(tasks);
            Map<String, byte[]> files = files(site);
            files.put(PublishedAddressesFile.PATH, toPublish.memory());
            if (settings.host().equals("gitlab")) {
                files.put(".gitlab-ci.yml", GITLAB_CI.formatted(settings.branch()).getBytes(StandardCharsets.UTF_8));
            }
            int notes = (int) site.files().keySet().stream().filter(p -> p.matches("\\d{4}/\\d{2}/[^/]+/index.html")).count();
            String message = options.message() != null && !options.message().isBlank() ? options.message().strip()
                    : "Publish " + Plural.count(notes, "note") + " (carnet)";
            var author = blog.config().author();
            Identity fallback = CommitIdentity.fallback(author.name(), author.email());
            tasks.step("phase.writing", settings.branch());
            boolean keep = settings.history().equals("keep");
            PagesCommit pages = repository.writePages(settings.branch(), files, message, keep,
                    fallback, clock.instant(), blog.config().timezone(), options.dryRun());
            Phrase notice = pages.changed() && !options.dryRun()
                    ? IdentityNotice.of(!repository.hasIdentity(), repository.committer(fallback)).orElse(null) : null;
            String url = blog.config().base().map(Object::toString).orElse(null);
            if (options.dryRun() || repository.remoteUrl(settings.remote()).isEmpty()) {
                if (!options.dryRun()) {
                    PublishedMemory.published(blog, toPublish);
                }
                return new PublishReport(VcsValues.site(pages), notes, null, settings.remote(), url, options.dryRun(), notice);
            }
            List<String> branches = new ArrayList<>();
            if (repository.hasBranch(notesBranch)) {
                branches.add(notesBranch);
            }
            branches.add(settings.branch());
            Set<String> force = keep ? Set.of() : Set.of(settings.branch());
            if (tasks.cancelled()) {
                undo(repository, pages);
                stopIfCancelled(tasks);
            }
            tasks.step("phase.pushing", settings.remote());
            PushResult push = push(repository, pages, branches, force);
            String ownTip = keep ? carnetsOwnTip(repository, push, settings.branch()) : null;
            if (!push.accepted() && ownTip != null) {
                // The remote's pages branch holds a site carnet made here earlier (a push whose main
                // was refused, by a carnet that did not push all or none): publish on top of it.
                String before = pages.previous();
                repository.adoptPages(settings.branch(), ownTip);
                pages = repository.writePages(settings.branch(), files, message, true,
                        fallback, clock.instant(), blog.config().timezone(), false);
                push = push(repository, pages, branches, force);
                if (!push.accepted()) {
                    repository.restorePages(new PagesCommit(settings.branch(), ownTip, before, true, 0));
                }
            }
            if (!push.accepted()) {
                throw new CarnetException(refusal(push, settings.branch()));
            }
            PublishedMemory.published(blog, toPublish);
            return new PublishReport(VcsValues.site(pages), notes, push.refs().stream().map(PushResult.RefResult::branch).toList(),
                    settings.remote(), url, false, notice);
        }
    }

    /** Pushes; whatever the remote says but yes, the pages commit it did not take is undone here. */
    private PushResult push(BlogRepository repository, PagesCommit pages, List<String> branches, Set<String> force) {
        PushResult push;
        try {
            push = repository.push(blog.config().publish().remote(), branches, force, transport.withTimeout(blog.config().publish().timeout()));
        } catch (CarnetException e) {
            undo(repository, pages);
            throw e;
        }
        if (!push.accepted()) {
            undo(repository, pages);
        }
        return push;
    }

    /**
     * The remote's pages commit when the push was refused only because that branch moved on with
     * commits carnet made (see {@link BlogRepository#pagesMadeByCarnet}); else null.
     */
    private static String carnetsOwnTip(BlogRepository repository, PushResult push, String branch) {
        if (push.accepted() || push.refs().stream().anyMatch(r -> !r.branch().equals(branch) && !r.accepted()
                && r.status() != PushResult.Status.NOT_PUSHED)) {
            return null;
        }
        return push.ref(branch)
                .filter(r -> r.status() == PushResult.Status.REJECTED_NON_FAST_FORWARD && r.remoteId() != null)
                .map(PushResult.RefResult::remoteId)
                .filter(tip -> repository.pagesMadeByCarnet(branch, tip, m -> CARNET_MESSAGE.matcher(m).matches()))
                .orElse(null);
    }

    /** Publishes and says what happened in one line, for front ends that show a status line. */
    public Phrase publishInOneLine(Options options) {
        return publish(options).outcome();
    }

    private static void stopIfCancelled(Progress tasks) {
        if (tasks.cancelled()) {
            throw new CarnetException(Phrase.of("publish.cancelled"));
        }
    }

    /** The pages commit the remote did not take is dropped: the next publish makes it again. */
    private static void undo(BlogRepository repository, PagesCommit pages) {
        if (pages.changed() && pages.id() != null) {
            repository.restorePages(pages);
        }
    }

    static Phrase refusal(PushResult push, String pagesBranch) {
        return Phrase.of("publish.refused", push.remote(), reasons(push, pagesBranch, Phrase.of("push.behindPublish")));
    }

    /** Why each branch the remote refused was refused; those it dropped only because of another are not named. */
    static Phrase reasons(PushResult push, String pagesBranch, Phrase whenBehind) {
        Phrase all = null;
        for (PushResult.RefResult ref : push.refs()) {
            if (ref.accepted() || ref.status() == PushResult.Status.NOT_PUSHED) {
                continue;
            }
            Phrase because = switch (ref.status()) {
                case REJECTED_NON_FAST_FORWARD -> ref.branch().equals(pagesBranch)
                        ? Phrase.of("push.pagesNotOurs", ref.branch()) : Phrase.of("push.behind", whenBehind);
                case REJECTED_REMOTE_CHANGED -> Phrase.of("push.changedMeanwhile", ref.branch());
                default -> ref.message() != null ? Phrase.of("push.refusedWhy", ref.branch(), ref.message())
                        : Phrase.of("push.refused", ref.branch());
            };
            Phrase one = Phrase.of("push.reason", ref.branch(), because);
            all = all == null ? one : Phrase.of("push.moreReasons", all, one);
        }
        return all == null ? Phrase.of("raw", "") : all;
    }

    private static Map<String, byte[]> files(MemorySink site) {
        Map<String, byte[]> files = new TreeMap<>();
        site.files().forEach((path, file) -> files.put(path, file.content()));
        for (Map.Entry<String, Path> copy : site.copies().entrySet()) {
            try {
                files.put(copy.getKey(), Files.readAllBytes(copy.getValue()));
            } catch (IOException e) {
                throw new CarnetException(copy.getValue().toString(), 0, Phrase.of("file.cannotRead", e.getMessage()), e);
            }
        }
        return files;
    }
}
