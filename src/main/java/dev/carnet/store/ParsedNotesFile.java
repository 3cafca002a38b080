package dev.carnet.store;

import dev.carnet.config.BlogConfig;
import dev.carnet.config.SettingsText;
import dev.carnet.model.Alias;
import dev.carnet.model.Fingerprint;
import dev.carnet.model.FrontMatter;
import dev.carnet.model.Note;
import dev.carnet.model.Slug;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link ParsedNotes} kept between two runs of carnet, in {@code .carnet/build/notes.index}: a
 * build in a new process reads the front matters it parsed last time from one file, not ten
 * thousand notes. What is kept is what the site uses: the front matter's own keys (not the
 * author's extra ones, which no page shows) and where the body starts, without the body.
 *
 * <p>Ends with a CRC-32C; a damaged, truncated or foreign file (another carnet, another
 * carnet.yml) is ignored: every note is then read. Notes changed just before the build are not
 * kept, as their stamp could hide the next edit ({@link FileClock}).
 */
public final class ParsedNotesFile {
    private static final int MAGIC = 0x43504e58; // "CPNX"
    private static final int FORMAT = 2;

    private ParsedNotesFile() {
    }

    /** The notes kept in {@code file} for this carnet and these settings, else none. */
    public static ParsedNotes read(Path file, BlogConfig config, String carnet) {
        try {
            ByteReader in = ChecksummedFile.read(file);
            if (in == null) {
                return new ParsedNotes();
            }
            if (in.number() != MAGIC || in.number() != FORMAT || !in.text().equals(salt(config, carnet))) {
                return new ParsedNotes();
            }
            int count = in.number();
            Map<String, ParsedNotes.Known> known = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = in.text();
                long size = in.wide();
                FileTime modified = FileTime.from(in.wide(), TimeUnit.NANOSECONDS);
                int conflictLine = in.number();
                YearMonth month = YearMonth.of(in.number(), in.number());
                Slug slug = new Slug(in.text());
                int bodyLine = in.number();
                Fingerprint fingerprint = new Fingerprint(in.wide(), in.number());
                FrontMatter meta = frontMatter(in);
                known.put(path, new ParsedNotes.Known(size, modified, new Note(path, month, slug, meta, "", bodyLine, fingerprint),
                        conflictLine, true));
            }
            return in.atEnd() ? new ParsedNotes(config, known) : new ParsedNotes();
        } catch (IOException | RuntimeException e) {
            return new ParsedNotes(); // unreadable: the notes are read from their files
        }
    }

    /** Saves the notes the last load used, if it changed anything; a failure only costs the next build time. */
    public static void write(ParsedNotes notes, Path file, String carnet, FileClock clock) {
        if (!notes.changed() && Files.isRegularFile(file)) {
            return;
        }
        try {
            Map<String, ParsedNotes.Known> known = notes.inUse();
            ByteWriter out = new ByteWriter(400 * known.size() + 256);
            out.number(MAGIC);
            out.number(FORMAT);
            text(out, salt(notes.config(), carnet));
            List<Map.Entry<String, ParsedNotes.Known>> kept = known.entrySet().stream()
                    .filter(e -> clock.settled(FileClock.nanos(e.getValue().modified()))).toList();
            out.number(kept.size());
            for (Map.Entry<String, ParsedNotes.Known> entry : kept) {
                ParsedNotes.Known k = entry.getValue();
                Note note = k.note();
                text(out, entry.getKey());
                out.wide(k.size());
                out.wide(FileClock.nanos(k.modified()));
                out.number(k.conflictLine());
                out.number(note.month().getYear());
                out.number(note.month().getMonthValue());
                text(out, note.slug().value());
                out.number(note.bodyLine());
                out.wide(note.fingerprint().hash());
                out.number(note.fingerprint().length());
                frontMatter(out, note.meta());
            }
            ChecksummedFile.write(file, out);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stale file is refused by its salt or checksum, or trusted only for unchanged stamps
            }
        }
    }

    private static String salt(BlogConfig config, String carnet) {
        return carnet + "\n" + Long.toHexString(XxHash64.hash(SettingsText.of(config).getBytes(StandardCharsets.UTF_8)));
    }

    private static FrontMatter frontMatter(ByteReader in) {
        String title = in.nullable();
        OffsetDateTime date = in.flag() ? date(in) : null;
        List<String> tags = new ArrayList<>();
        for (int n = in.number(), i = 0; i < n; i++) {
            tags.add(in.text());
        }
        String summary = in.nullable();
        boolean draft = in.flag();
        String slug = in.nullable();
        boolean toc = in.flag();
        List<Alias> aliases = new ArrayList<>();
        for (int n = in.number(), i = 0; i < n; i++) {
            aliases.add(new Alias(in.text(), in.number()));
        }
        String image = in.nullable();
        return new FrontMatter(title, date, tags, summary, draft, slug == null ? null : new Slug(slug), toc, Map.of(), aliases, image);
    }

    /** The date as numbers, not as text: parsing ten thousand ISO dates was a tenth of reading the file. */
    private static OffsetDateTime date(ByteReader in) {
        long seconds = in.wide();
        int nanos = in.number();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.number());
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(seconds, nanos, offset), offset);
    }

    private static void date(ByteWriter out, OffsetDateTime date) {
        out.wide(date.toEpochSecond());
        out.number(date.getNano());
        out.number(date.getOffset().getTotalSeconds());
    }

    private static void frontMatter(ByteWriter out, FrontMatter meta) {
        nullable(out, meta.title());
        out.flag(meta.date() != null);
        if (meta.date() != null) {
            date(out, meta.date());
        }
        out.number(meta.tags().size());
        for (String tag : meta.tags()) {
            text(out, tag);
        }
        nullable(out, meta.summary());
        out.flag(meta.draft());
        nullable(out, meta.slug() == null ? null : meta.slug().value());
        out.flag(meta.toc());
        out.number(meta.aliases().size());
        for (Alias alias : meta.aliases()) {
            text(out, alias.path());
            out.number(alias.line());
        }
        nullable(out, meta.image());
    }

    private static void text(ByteWriter out, String text) {
        out.nullable(text);
    }

    private static void nullable(ByteWriter out, String text) {
        out.nullable(text);
    }
}
