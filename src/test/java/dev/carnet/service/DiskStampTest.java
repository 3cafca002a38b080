package dev.carnet.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp the watchers compare notices every file a build reads. */
class DiskStampTest {
    @TempDir
    Path dir;

    @Test
    void writingRedirectsYmlOrACommentFileChangesTheStamp() {
        Blog blog = Blog.open(Fixtures.copy("site-blog", dir));
        DiskStamp before = DiskStamp.of(blog);

        Fixtures.write(dir.resolve("redirects.yml"), "/feed/: /feed.xml\n");
        DiskStamp withRedirects = DiskStamp.of(blog);
        Fixtures.write(dir.resolve("comments/2024/06-notes-de-juin-2024.yml"), "comments: []\n");

        assertThat(withRedirects).isNotEqualTo(before);
        assertThat(DiskStamp.of(blog)).isNotEqualTo(withRedirects);
    }
}
