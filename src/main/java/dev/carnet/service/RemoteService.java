package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.Blog;
import dev.carnet.vcs.BlogRepository;
import dev.carnet.vcs.Remotes;
import java.util.Optional;

/** The remote the blog publishes to ({@code publish.remote}, default origin). */
public final class RemoteService {
    private final Blog blog;

    public RemoteService(Blog blog) {
        this.blog = blog;
    }

    public String name() {
        return blog.config().publish().remote();
    }

    public void set(String url) {
        if (url.matches("(?i)https?://[^/@\\s]+:[^/@\\s]+@.*")) {
            throw new CarnetException(Phrase.of("remote.secretInUrl"));
        }
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            repository.setRemote(name(), url);
        }
    }

    /** The remote's address, with any password or token hidden. */
    public Optional<String> url() {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            return repository.remoteUrl(name()).map(Remotes::masked);
        }
    }
}
