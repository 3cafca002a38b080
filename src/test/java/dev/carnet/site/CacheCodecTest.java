package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.markdown.Rendered;
import dev.carnet.model.Fingerprint;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheCodecTest {
    private static final RenderCache.Key KEY = new RenderCache.Key("notes/2024/06-juin.md", new Fingerprint(42L, 1234), true);
    private static final Rendered JUNE = new Rendered("<h2 id=\"ateliers\">Ateliers</h2><p>Été, « ateliers ».</p>".getBytes(StandardCharsets.UTF_8),
            "Été, « ateliers ».", List.of(new Rendered.TocEntry(2, "ateliers", "Ateliers"), new Rendered.TocEntry(3, "lectures", "Lectures d’été")),
            List.of(new Rendered.LinkTarget("images/foret.jpg", true, "La forêt", 3), new Rendered.LinkTarget("/2024/05/mai/", false, null, 5)),
            7, "Notes de juin");

    @Test
    void aRenderingReadBackFromItsEntryIsTheOneWrittenHeadingsAndAll() {
        HashedRendering hashed = CacheCodec.hashed(JUNE);
        Map<String, String> addresses = Map.of("notes/2024/05-mai.md", "/2024/05/mai/");
        byte[] entry = CacheCodec.encode(KEY, hashed, addresses);

        Map<String, String> used = new HashMap<>();
        HashedRendering read = CacheCodec.decode(ByteBuffer.wrap(entry), KEY, addresses, used);

        assertThat(read.hash()).isEqualTo(hashed.hash());
        assertThat(read.rendered()).usingRecursiveComparison().ignoringFields("body").isEqualTo(JUNE);
        assertThat(read.rendered().toc()).containsExactlyElementsOf(JUNE.toc());
        assertThat(read.rendered().utf8Html()).isEqualTo(JUNE.utf8Html());
        assertThat(used).isEqualTo(addresses);
    }

    @Test
    void headingsAreReadFromTheEntryOnlyWhenAPageAsksForThem() {
        byte[] entry = CacheCodec.encode(KEY, CacheCodec.hashed(JUNE), Map.of());
        ByteBuffer buffer = ByteBuffer.wrap(entry);
        HashedRendering read = CacheCodec.decode(buffer, KEY, Map.of(), null);
        // The bytes under the headings change after decoding: what a page then shows is what the entry holds at that time.
        String before = new String(entry, StandardCharsets.ISO_8859_1);
        int at = before.indexOf("Lectures");
        entry[at] = 'P';

        assertThat(read.rendered().toc().get(1).text()).isEqualTo("Pectures d’été");
        assertThat(read.rendered().summary()).isEqualTo("Été, « ateliers ».");
    }

    @Test
    void anEntryWhoseHeadingsRunPastItsEndIsRefused() {
        byte[] entry = CacheCodec.encode(KEY, CacheCodec.hashed(JUNE), Map.of());
        String text = new String(entry, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Lectures");
        // The length before "Lectures d’été" made far too long: skipping the headings runs past the entry.
        ByteBuffer.wrap(entry).putInt(at - Integer.BYTES, 1_000_000);

        assertThatThrownBy(() -> CacheCodec.decode(ByteBuffer.wrap(entry), KEY, Map.of(), null))
                .isInstanceOf(IllegalStateException.class);
    }
}
