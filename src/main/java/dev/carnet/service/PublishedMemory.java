package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.model.PublishedAddresses;
import dev.carnet.site.BuildOptions;
import dev.carnet.site.MemorySink;
import dev.carnet.site.SiteBuilder;
import dev.carnet.store.Blog;
import dev.carnet.store.PublishedAddressesFile;
import dev.carnet.vcs.BlogRepository;
import java.nio.file.Files;
import java.time.Clock;

/**
 * Keeps the blog's {@code .carnet/} copy of the addresses its site was published at (which every
 * build reads, for the redirects of notes that moved and their feed ids) in step with the pages
 * branch, where they are remembered for good: a clone elsewhere finds them in what it fetched.
 */
final class PublishedMemory {
    private PublishedMemory() {
    }

    /** Before a build: a blog with no copy yet (a new clone, a blog published by an older carnet) gets one. */
    static void ensure(Blog blog) {
        if (!Files.exists(blog.root().resolve(PublishedAddressesFile.PATH)) && Files.exists(blog.root().resolve(".git"))) {
            try (BlogRepository repository = BlogRepository.open(blog.root())) {
                refresh(blog, repository);
            } catch (CarnetException e) {
                // A repository carnet cannot read: the build goes on without old addresses, as before any publish.
            }
        }
    }

    /** What the local pages branch and the remote's (as last fetched) remember together, copied into {@code .carnet/}. */
    static PublishedAddresses refresh(Blog blog, BlogRepository repository) {
        var publish = blog.config().publish();
        PublishedAddresses known = PublishedAddresses.NONE;
        for (byte[] file : repository.publishedFiles(publish.branch(), publish.remote(), PublishedAddressesFile.PATH)) {
            known = known.merge(PublishedAddressesFile.parse(file));
        }
        keep(blog, known);
        return known;
    }

    /**
     * The copy is only a cache of the pages branch: a disk too full for it costs the next build its
     * redirects until the next publish or sync, never the publish or sync itself.
     */
    private static void keep(Blog blog, PublishedAddresses addresses) {
        try {
            PublishedAddressesFile.write(blog.root(), addresses);
        } catch (CarnetException e) {
            // Kept as it was; see above.
        }
    }

    /** The site to publish, built in memory, with what the pages branch will remember once it is published. */
    record ToPublish(MemorySink site, PublishedAddresses addresses) {
        byte[] memory() {
            return PublishedAddressesFile.bytes(addresses);
        }
    }

    static ToPublish build(Blog blog, Clock clock, BlogRepository repository) {
        PublishedAddresses before = refresh(blog, repository);
        MemorySink sink = new MemorySink();
        SiteBuilder.BuiltSite[] built = new SiteBuilder.BuiltSite[1];
        new SiteBuilder(blog, clock).build(BuildOptions.PUBLISHED, sink, built);
        return new ToPublish(sink, before.plus(built[0].content().addresses(built[0].urls())));
    }

    /** Once published: the next build redirects from every address readers were given. */
    static void published(Blog blog, ToPublish site) {
        keep(blog, site.addresses());
    }
}
