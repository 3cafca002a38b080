package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.site.photo.PhotoFixtures;
import dev.carnet.store.Blog;
import dev.carnet.store.ParsedNotesFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that renders only what changed gives the same site, byte for byte, as a clean build,
 * after every kind of change an author makes; and it does write only what changed.
 */
class IncrementalBuildTest {
    private static final Clock CLOCK = SiteBuilderTest.CLOCK;
    private static final String JUNE_NOTE = "notes/2024/06-notes-de-juin-2024.md";
    private static final String JUNE = "2024/07/notes-de-juin-2024/index.html";

    @TempDir
    Path dir;
    @TempDir
    Path cleanDir;
    Blog blog;
    Path site;

    @BeforeEach
    void sampleBlogBuiltOnce() {
        Fixtures.copy("site-blog", dir);
        blog = Blog.open(dir);
        site = dir.resolve("public");
        settle(dir);
        BuildReport first = build(CLOCK);
        assertThat(first.written()).isGreaterThan(20);
    }

    /** Files written a moment ago are not trusted by their stamp (a coarse clock may give the next edit the same): age them. */
    private static void settle(Path root) {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private BuildReport build(Clock clock) {
        return new IncrementalBuild(Blog.open(dir), clock).build(BuildOptions.PUBLISHED, site, dir.resolve(".carnet"), false);
    }

    /** The incremental build of what is on disk now, then a clean one elsewhere: they must be the same files. */
    private BuildReport buildAndCompare(Clock clock) {
        BuildReport report = build(clock);
        Path clean = cleanDir.resolve("clean");
        new SiteBuilder(Blog.open(dir), clock).build(BuildOptions.PUBLISHED, new DirectorySink(clean, cleanDir));
        Map<String, String> incremental = tree(site);
        Map<String, String> whole = tree(clean);
        assertThat(incremental.keySet()).containsExactlyInAnyOrderElementsOf(whole.keySet());
        for (String path : whole.keySet()) {
            assertThat(incremental.get(path)).as(path).isEqualTo(whole.get(path));
        }
        return report;
    }

    /** Site path → hex of the bytes (so that a difference shows which file). */
    private static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(root.relativize(file).toString(), file.toString().endsWith(".html") || file.toString().endsWith(".xml")
                        ? new String(bytes, StandardCharsets.UTF_8) : HexFormat.of().formatHex(bytes));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    private void edit0(String path, String from, String to) {
        try {
            edit(path, from, to);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = dir.resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void nothingChangedMeansNothingReadNorWritten() throws IOException {
        FileTime before = Files.getLastModifiedTime(site.resolve(JUNE));
        BuildReport again = buildAndCompare(CLOCK);
        assertThat(again.written()).isZero();
        assertThat(again.phases()).containsOnlyKeys("up-to-date");
        assertThat(again.notes()).isEqualTo(3);
        assertThat(Files.getLastModifiedTime(site.resolve(JUNE))).isEqualTo(before);
    }

    @Test
    void aFileTouchedButUnchangedRendersNoPage() throws IOException {
        Files.setLastModifiedTime(dir.resolve(JUNE_NOTE), FileTime.from(Instant.parse("2024-07-02T00:00:00Z")));
        BuildReport again = buildAndCompare(CLOCK);
        // Every page's key is the same as before: a key that changed by itself would show here.
        assertThat(again.written()).isZero();
        assertThat(again.phases()).doesNotContainKey("up-to-date");
    }

    @Test
    void editingABodyRewritesItsPageAndTheFeedsShowingIt() throws IOException {
        edit(JUNE_NOTE, "Ce mois-ci", "Tout ce mois-ci");
        edit(JUNE_NOTE, "Programme : ateliers.", "Programme : ateliers, et un mot de plus.");
        BuildReport report = buildAndCompare(CLOCK);
        assertThat(report.written()).isBetween(1, 12);
        assertThat(Files.readString(site.resolve(JUNE))).contains("un mot de plus");
    }

    @Test
    void aBodyEditPastTheSummaryLooksOnlyAtThePagesAndFeedsThatCarryTheNote() throws IOException {
        edit(JUNE_NOTE, "Une note de bas de page.", "Une note de bas de page, plus longue.");
        BuildReport report = buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve(JUNE))).contains("plus longue");
        // Only its page and the feeds that carry its text are looked at: the lists showing it (index, tags, archives) show
        // nothing the edit changed, and every other file is kept unread.
        long feedsCarryingIt = tree(site).entrySet().stream()
                .filter(file -> file.getKey().matches(".*(feed\\.xml|atom\\.xml|feed\\.json)") && file.getValue().contains("plus longue"))
                .count();
        assertThat(feedsCarryingIt).isPositive();
        assertThat(report.untouched()).isGreaterThanOrEqualTo(report.htmlFiles() + report.feeds() - 1 - (int) feedsCarryingIt);
        assertThat(report.written()).isBetween(1, 8);
        BuildReport again = buildAndCompare(CLOCK);
        assertThat(again.written()).isZero();
    }

    @Test
    void whatWasPutInTheSiteByHandGoesAtTheNextBuildAsAFullBuildWouldDropIt() throws IOException {
        Files.writeString(site.resolve("notes.txt"), "à la main");
        Files.writeString(site.resolve(JUNE).resolveSibling("brouillon.html"), "<p>à la main</p>");
        Files.createDirectories(site.resolve("ancien/2019"));
        Files.writeString(site.resolve("ancien/2019/index.html"), "<p>ancien site</p>");
        edit(JUNE_NOTE, "Une note de bas de page.", "Une note de bas de page, plus longue.");

        buildAndCompare(CLOCK);

        assertThat(site.resolve("notes.txt")).doesNotExist();
        assertThat(site.resolve(JUNE).resolveSibling("brouillon.html")).doesNotExist();
        assertThat(site.resolve("ancien")).doesNotExist();
        assertThat(site.resolve(JUNE)).exists();
    }

    @Test
    void whatIsPutByHandInAnyFolderOfTheSiteGoesWhenTheFoldersAreKnownByTheirStamps() throws IOException {
        SiteFoldersTest.age(site); // the next build finds every folder changed, reads them all and keeps their stamps
        edit(JUNE_NOTE, "Une note de bas de page.", "Une note de bas de page, plus longue.");
        buildAndCompare(CLOCK);
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(site)) {
            folders = walk.filter(Files::isDirectory).toList();
        }
        for (Path folder : folders) {
            Files.writeString(folder.resolve("a-la-main.html"), "<p>à la main</p>");
        }
        Files.createDirectories(folders.get(folders.size() - 1).resolve("ancien"));
        Files.writeString(folders.get(folders.size() - 1).resolve("ancien/index.html"), "<p>ancien site</p>");
        edit(JUNE_NOTE, "plus longue.", "plus longue encore.");

        buildAndCompare(CLOCK);

        assertThat(folders).hasSizeGreaterThan(10);
        for (Path folder : folders) {
            assertThat(folder.resolve("a-la-main.html")).doesNotExist();
        }
        assertThat(folders.get(folders.size() - 1).resolve("ancien")).doesNotExist();
    }

    @Test
    void aLinkPutInTheSiteGoesWithoutWhatItLeadsTo() throws IOException {
        Path elsewhere = Files.createDirectories(cleanDir.resolve("ailleurs"));
        Files.writeString(elsewhere.resolve("garder.txt"), "à garder");
        Files.createSymbolicLink(site.resolve("2024/lien"), elsewhere);
        Files.createSymbolicLink(site.resolve("lien-perdu.html"), cleanDir.resolve("nulle-part.html"));
        edit(JUNE_NOTE, "Une note de bas de page.", "Une note de bas de page, plus longue.");

        buildAndCompare(CLOCK);

        assertThat(site.resolve("2024/lien")).doesNotExist();
        assertThat(Files.exists(site.resolve("lien-perdu.html"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(elsewhere.resolve("garder.txt")).hasContent("à garder");
    }

    @Test
    void aLinkWhereAFolderOfTheSiteGoesIsReplacedAndNothingIsWrittenWhereItLeads() throws IOException {
        Path elsewhere = Files.createDirectories(cleanDir.resolve("ailleurs"));
        Path month = site.resolve(JUNE).getParent().getParent();
        DirectorySink.delete(month);
        Files.createSymbolicLink(month, elsewhere);
        edit(JUNE_NOTE, "Une note de bas de page.", "Une note de bas de page, plus longue.");

        buildAndCompare(CLOCK);

        assertThat(Files.isSymbolicLink(month)).isFalse();
        assertThat(Files.readString(site.resolve(JUNE))).contains("plus longue");
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void aBodyEditThatChangesTheSummaryOrTheReadingTimeReachesEveryList() throws IOException {
        edit(JUNE_NOTE, "Programme : ateliers.", "Programme : ateliers et lectures.");
        BuildReport summary = buildAndCompare(CLOCK);
        assertThat(summary.untouched()).isZero();
        assertThat(Files.readString(site.resolve("index.html"))).contains("ateliers et lectures");
        edit(JUNE_NOTE, "Une note de bas de page.", "Une note de bas de page." + " mot".repeat(450));
        BuildReport longer = buildAndCompare(CLOCK);
        assertThat(longer.untouched()).isZero();
    }

    @Test
    void addingChangingAndDeletingACommentRedrawsTheNotesPage() throws IOException {
        Path comments = Files.createDirectories(dir.resolve("comments/2024")).resolve("06-notes-de-juin-2024.yml");
        String one = "comments:\n  - id: 1\n    author: \"Lectrice\"\n    date: 2024-07-03T10:00:00+02:00\n    text: \"Merci !\"\n";
        Files.writeString(comments, one);
        buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve(JUNE))).contains("Lectrice");
        Files.writeString(comments, one.replace("Lectrice", "Un lecteur"));
        assertThat(buildAndCompare(CLOCK).untouched()).isPositive();
        assertThat(Files.readString(site.resolve(JUNE))).contains("Un lecteur");
        Files.delete(comments);
        assertThat(buildAndCompare(CLOCK).untouched()).isPositive();
        assertThat(Files.readString(site.resolve(JUNE))).doesNotContain("Un lecteur");
    }

    @Test
    void editingATitleReachesListsNeighboursAndFeeds() throws IOException {
        edit(JUNE_NOTE, "title: \"Notes de juin 2024\"", "title: \"Juin, enfin\"");
        buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve("archives/index.html"))).contains("Juin, enfin");
    }

    @Test
    void editingATitleRedrawsItsShareCardAndOnlyIt() throws IOException {
        String april = "2024/05/notes-d-avril-2024/share.png";
        String may = "2024/06/notes-de-mai-2024/share.png";
        byte[] before = Files.readAllBytes(site.resolve(april));
        FileTime mayBefore = Files.getLastModifiedTime(site.resolve(may));
        edit("notes/2024/04-notes-d-avril-2024.md", "title: \"Notes d'avril 2024\"", "title: \"Avril, enfin\"");
        buildAndCompare(CLOCK);
        byte[] after = Files.readAllBytes(site.resolve(april));
        assertThat(after).isNotEqualTo(before);
        assertThat(Files.getLastModifiedTime(site.resolve(may))).isEqualTo(mayBefore);
        // The cache holds the new April card and still May's, which this build kept in place without asking for it.
        try (Stream<Path> kept = Files.list(dir.resolve(".carnet/cache/cards"))) {
            assertThat(kept.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".png"))).hasSize(2);
        }
        // Drawn afresh, without the cards kept in .carnet/cache: the same bytes.
        Path drawn = cleanDir.resolve("drawn");
        new SiteBuilder(Blog.open(dir), CLOCK).build(new BuildOptions(false, false, false), new DirectorySink(drawn, cleanDir));
        assertThat(Files.readAllBytes(drawn.resolve(april))).isEqualTo(after);
    }

    @Test
    void aFullBuildTakesTheCardsKeptInTheCacheAndDrawsDamagedOnesAgain() throws IOException {
        String april = "2024/05/notes-d-avril-2024/share.png";
        byte[] drawn = Files.readAllBytes(site.resolve(april));
        Path kept;
        try (Stream<Path> cards = Files.list(dir.resolve(".carnet/cache/cards"))) {
            kept = cards.filter(card -> {
                byte[] bytes = read(card);
                return bytes.length == drawn.length + 4 && Arrays.equals(Arrays.copyOf(bytes, drawn.length), drawn);
            }).findFirst().orElseThrow();
        }
        byte[] planted = Arrays.copyOf(Files.readAllBytes(kept), drawn.length + 4);
        planted[40] ^= 1; // a byte of the picture changed, its checksum not: a damaged card, drawn again
        Files.write(kept, planted);
        assertThat(new IncrementalBuild(blog, CLOCK).build(BuildOptions.PUBLISHED, site, dir.resolve(".carnet"), true).written())
                .isGreaterThan(20);
        assertThat(Files.readAllBytes(site.resolve(april))).isEqualTo(drawn);
        assertThat(Files.readAllBytes(kept)).as("kept again, whole").hasSize(drawn.length + 4).startsWith(Arrays.copyOf(drawn, 40));
        // A card kept whole is copied, not drawn: plant one (with its checksum) and a clean build copies it.
        byte[] stranger = Files.readAllBytes(site.resolve("2024/06/notes-de-mai-2024/share.png"));
        Files.write(kept, withChecksum(stranger));
        new IncrementalBuild(blog, CLOCK).build(BuildOptions.PUBLISHED, site, dir.resolve(".carnet"), true);
        assertThat(Files.readAllBytes(site.resolve(april))).isEqualTo(stranger);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A file as FileCache keeps it: the bytes and their CRC-32C. */
    static byte[] withChecksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        byte[] whole = Arrays.copyOf(bytes, bytes.length + 4);
        ByteBuffer.wrap(whole, bytes.length, 4).putInt((int) crc.getValue());
        return whole;
    }

    @Test
    void addingAndRemovingTags() throws IOException {
        edit(JUNE_NOTE, "tags: [formation, \"médiation numérique\"]", "tags: [formation, \"médiation numérique\", nouveau]");
        buildAndCompare(CLOCK);
        assertThat(site.resolve("tags/nouveau/index.html")).exists();
        edit(JUNE_NOTE, "tags: [formation, \"médiation numérique\", nouveau]", "tags: [formation]");
        buildAndCompare(CLOCK);
        assertThat(site.resolve("tags/nouveau")).doesNotExist();
        assertThat(site.resolve("tags/mediation-numerique")).doesNotExist();
        // April's note has this tag already: its page shows the tag's count, now two.
        edit(JUNE_NOTE, "tags: [formation]", "tags: [formation, seniors]");
        buildAndCompare(CLOCK);
    }

    @Test
    void aTagRedirectsYmlLeadsToLosingItsLastNoteAndGettingItBack() throws IOException {
        Files.writeString(dir.resolve("redirects.yml"), "/category/mediation/: /tags/mediation-numerique/\n");
        assertThat(buildAndCompare(CLOCK).warnings()).isEmpty();
        assertThat(Files.readString(site.resolve("category/mediation/index.html"))).contains("/blog/tags/mediation-numerique/");
        edit(JUNE_NOTE, "tags: [formation, \"médiation numérique\"]", "tags: [formation]");
        assertThat(buildAndCompare(CLOCK).warnings()).extracting(Phrase::key).containsExactly(RedirectPages.TAG_GONE);
        assertThat(Files.readString(site.resolve("category/mediation/index.html"))).doesNotContain("mediation-numerique");
        assertThat(build(CLOCK).warnings()).as("a build with nothing to do says it again").extracting(Phrase::key)
                .containsExactly(RedirectPages.TAG_GONE);
        edit(JUNE_NOTE, "tags: [formation]", "tags: [formation, \"médiation numérique\"]");
        assertThat(buildAndCompare(CLOCK).warnings()).isEmpty();
        assertThat(Files.readString(site.resolve("category/mediation/index.html"))).contains("/blog/tags/mediation-numerique/");
    }

    @Test
    void givingANoteAPreviewImage() throws IOException {
        edit(JUNE_NOTE, "tags: [formation, \"médiation numérique\"]\n",
                "tags: [formation, \"médiation numérique\"]\nimage: https://example.org/atelier.jpg\n");
        buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve(JUNE))).contains("https://example.org/atelier.jpg");
    }

    @Test
    void replacingAPictureByOneOfAnotherSizeReachesThePagesHead() throws IOException {
        Files.createDirectories(dir.resolve("static/images"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("static/images/atelier.png").toFile());
        edit(JUNE_NOTE, "tags: [formation, \"médiation numérique\"]\n",
                "tags: [formation, \"médiation numérique\"]\nimage: /images/atelier.png\n");
        buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve(JUNE))).contains("content=\"40\"");
        ImageIO.write(new BufferedImage(80, 50, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("static/images/atelier.png").toFile());
        buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve(JUNE))).contains("content=\"80\"");
    }

    @Test
    void addingReplacingAndDeletingAPhotoANoteShows() throws IOException {
        Path photo = dir.resolve("static/images/atelier-mai.jpg");
        Files.write(photo, PhotoFixtures.cameraJpeg(PhotoFixtures.picture(1200, 900, 5), 6));
        edit(JUNE_NOTE, "![Atelier au centre social](images/atelier.jpg)",
                "![Atelier au centre social](images/atelier.jpg)\n\n![En mai](images/atelier-mai.jpg \"L’atelier de mai\")");
        buildAndCompare(CLOCK);
        assertThat(site.resolve("images/atelier-mai.720w.jpg")).exists();
        assertThat(Files.readString(site.resolve(JUNE))).contains("width=\"900\" height=\"1200\"");
        // Another photo of another size under the same name: new copies, new sizes in the page, the old 720 copy gone.
        Files.write(photo, PhotoFixtures.jpeg(PhotoFixtures.picture(640, 480, 6)));
        buildAndCompare(CLOCK);
        assertThat(site.resolve("images/atelier-mai.720w.jpg")).doesNotExist();
        assertThat(site.resolve("images/atelier-mai.480w.jpg")).exists();
        assertThat(Files.readString(site.resolve(JUNE))).contains("width=\"640\" height=\"480\"");
        Files.delete(photo);
        buildAndCompare(CLOCK);
        assertThat(site.resolve("images/atelier-mai.480w.jpg")).doesNotExist();
        assertThat(site.resolve("images/atelier-mai.jpg")).doesNotExist();
    }

    @Test
    void renamingAddingAndDeletingNotes() throws IOException {
        Files.move(dir.resolve(JUNE_NOTE), dir.resolve("notes/2024/06-juin-renomme.md"));
        buildAndCompare(CLOCK);
        assertThat(site.resolve("2024/07/notes-de-juin-2024")).doesNotExist();
        Files.writeString(dir.resolve("notes/2024/09-septembre.md"),
                "---\ntitle: \"Septembre\"\ndate: 2024-10-01T08:00:00+02:00\ntags: [seniors]\n---\n\nLa rentrée.\n");
        buildAndCompare(CLOCK);
        Files.delete(dir.resolve("notes/2024/04-notes-d-avril-2024.md"));
        buildAndCompare(CLOCK);
        assertThat(site.resolve("tags/seniors/index.html")).exists();
    }

    @Test
    void publishingADraftAndANoteComingDue() throws IOException {
        edit("notes/2024/07-brouillon.md", "draft: true\n", "");
        buildAndCompare(CLOCK);
        assertThat(site.resolve("2024/08/brouillon/index.html")).exists();
        // No file changes, but the note of 2030 is due: the site is not up to date any more.
        Clock later = Clock.fixed(Instant.parse("2030-02-01T00:00:00Z"), ZoneId.of("Europe/Paris"));
        BuildReport report = buildAndCompare(later);
        assertThat(report.written()).isPositive();
        assertThat(site.resolve("2030/01/futur/index.html")).exists();
    }

    @Test
    void changingATemplateCarnetYmlAStaticFileCommentsAndRedirects() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("404.peb"), "{% extends \"base\" %}{% block content %}<p>Perdu, autrement.</p>{% endblock %}");
        buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve("404.html"))).contains("Perdu, autrement.");
        edit("carnet.yml", "perPage: 2", "perPage: 1");
        buildAndCompare(CLOCK);
        Files.writeString(dir.resolve("static/images/nouvelle.jpg"), "pas vraiment une image");
        buildAndCompare(CLOCK);
        Files.delete(dir.resolve("static/images/atelier.jpg"));
        buildAndCompare(CLOCK);
        Files.createDirectories(dir.resolve("comments/2024"));
        Files.writeString(dir.resolve("comments/2024/06-notes-de-juin-2024.yml"),
                "comments:\n  - id: 1\n    author: \"Lectrice\"\n    date: 2024-07-03T10:00:00+02:00\n    text: \"Merci !\"\n");
        buildAndCompare(CLOCK);
        Files.writeString(dir.resolve("redirects.yml"), "/ancien/: /2024/07/notes-de-juin-2024/\n");
        buildAndCompare(CLOCK);
        assertThat(site.resolve("ancien/index.html")).exists();
    }

    @Test
    void aCorruptOrTruncatedIndexIsIgnored() throws IOException {
        Path index;
        try (Stream<Path> files = Files.list(dir.resolve(".carnet/build"))) {
            index = files.filter(p -> p.getFileName().toString().startsWith("public-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(index, bytes);
        edit(JUNE_NOTE, "Ce mois-ci", "Tout ce mois-ci");
        BuildReport report = buildAndCompare(CLOCK);
        assertThat(report.written()).isGreaterThan(20); // a full build
        Files.write(index, new byte[] {1, 2, 3});
        assertThat(buildAndCompare(CLOCK).written()).isGreaterThan(20);
    }

    @Test
    void aDeletedSiteIsBuiltWhole() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(buildAndCompare(CLOCK).written()).isGreaterThan(20);
    }

    @Test
    void aFailedBuildLeavesTheSiteAndTheNextBuildRight() throws IOException {
        Map<String, String> before = tree(site);
        edit(JUNE_NOTE, "Ce mois-ci", "Tout ce mois-ci");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("note.peb"), "{{ nowhere.nothing }}");
        Path kept = IncrementalBuild.notesFile(blog);
        Files.delete(kept);
        assertThatThrownBy(() -> build(CLOCK)).isInstanceOf(CarnetException.class);
        assertThat(tree(site)).isEqualTo(before);
        // The notes it read, written while the pages were made, are there whole: not cut off by the failure.
        assertThat(ParsedNotesFile.read(kept, blog.config(), CarnetVersion.identity()).size()).isGreaterThanOrEqualTo(4);
        Files.delete(templates.resolve("note.peb"));
        buildAndCompare(CLOCK);
    }

    @Test
    void aNoteKeptWithoutItsBodyIsReadWhenANoteItLinksToMoves() throws IOException {
        assertThat(dir.resolve(".carnet/build/notes.index")).exists();
        // June links to May: May's new address changes June's HTML, whose body the notes index does not hold.
        edit("notes/2024/05-notes-de-mai-2024.md", "title: \"Ateliers", "slug: mai-renomme\ntitle: \"Ateliers");
        buildAndCompare(CLOCK);
        assertThat(Files.readString(site.resolve(JUNE))).contains("/blog/2024/06/mai-renomme/#ateliers");
    }

    @Test
    void twoBuildsAtOnceTakeTurns() throws Exception {
        edit(JUNE_NOTE, "Ce mois-ci", "Tout ce mois-ci");
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> build(CLOCK));
            var second = pool.submit(() -> build(CLOCK));
            assertThat(first.get().notes()).isEqualTo(3);
            assertThat(second.get().notes()).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
        assertThat(dir.resolve(".carnet/build/lock")).exists();
        buildAndCompare(CLOCK);
    }

    @Test
    void thePreviewStartsFromTheNotesTheLastBuildKept() {
        BuildMemory seeded = BuildMemory.startingFrom(Blog.open(dir));
        assertThat(seeded.notes().size()).isEqualTo(5); // drafts and future notes too: the preview may show them
        // May's new address makes June's HTML change: its body, not in the kept notes, is read then.
        edit0("notes/2024/05-notes-de-mai-2024.md", "title: \"Ateliers", "slug: mai-renomme\ntitle: \"Ateliers");
        MemorySink fromKept = new MemorySink();
        new SiteBuilder(Blog.open(dir), CLOCK, seeded).build(BuildOptions.PUBLISHED, fromKept);
        MemorySink plain = new MemorySink();
        new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, plain);
        assertThat(fromKept.files().keySet()).isEqualTo(plain.files().keySet());
        plain.files().forEach((path, file) -> assertThat(fromKept.files().get(path).text()).as(path).isEqualTo(file.text()));
        assertThat(fromKept.files().get(JUNE).text()).contains("mai-renomme");
    }

    @Test
    void cleanWritesEverythingAgain() {
        BuildReport report = new IncrementalBuild(blog, CLOCK).build(BuildOptions.PUBLISHED, site, dir.resolve(".carnet"), true);
        assertThat(report.written()).isGreaterThan(20);
        assertThat(build(CLOCK).written()).isZero();
    }
}
