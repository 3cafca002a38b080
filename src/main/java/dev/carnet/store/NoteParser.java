package dev.carnet.store;

import dev.carnet.config.SafeYaml;
import dev.carnet.error.Utf8Text;
import dev.carnet.config.YamlMap;
import dev.carnet.error.CarnetException;
import dev.carnet.model.Alias;
import dev.carnet.error.Phrase;
import dev.carnet.model.Fingerprint;
import dev.carnet.model.FrontMatter;
import dev.carnet.model.Note;
import dev.carnet.model.Page;
import dev.carnet.model.SitePaths;
import dev.carnet.model.Slug;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a note file's bytes into a {@link Note}, or says in one line what is wrong and where. */
public final class NoteParser {
    /** More tags than any note needs, and few enough that its tag pages stay small. */
    public static final int MAX_TAGS = 1000;
    /**
     * 4 MiB: War and Peace is 3.2 MB. Past that a note is a paste gone wrong or data: a 50 MB note
     * took 25 s and 2.8 GB to build, into a page and two feeds of 60 MB no reader can open.
     */
    public static final int MAX_BYTES = 4 << 20;
    static final Set<String> KNOWN_KEYS = Set.of("title", "date", "tags", "summary", "draft", "slug", "toc", "aliases", "image");
    private static final Pattern NOTE_PATH = Pattern.compile("notes/(\\d{4})/(\\d{2})-([^/]+)\\.md");
    private static final Pattern BARE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)");
    private static final Pattern OFFSET_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) ?(Z|[+-]\\d{2}(?::?\\d{2})?)");

    private final ZoneId zone;

    public NoteParser(ZoneId zone) {
        this.zone = zone;
    }

    /** A note under {@code notes/YYYY/MM-slug.md}: it must have a title and a date. */
    public Note parseNote(String path, byte[] bytes) {
        refuseHuge(path, bytes);
        Matcher name = NOTE_PATH.matcher(path);
        if (!name.matches()) {
            throw new CarnetException(path, 0, Phrase.of("note.fileName"), null);
        }
        int monthNumber = Integer.parseInt(name.group(2));
        if (monthNumber < 1 || monthNumber > 12) {
            throw new CarnetException(path, 0, Phrase.of("note.month", name.group(2)), null);
        }
        YearMonth month = YearMonth.of(Integer.parseInt(name.group(1)), monthNumber);
        NoteText text = NoteText.split(Utf8Text.decode(bytes, path), path);
        YamlMap yaml = SafeYaml.parseMapping(text.header(), path, 2, "front matter");
        FrontMatter meta = frontMatter(yaml, path);
        if (meta.date() == null) {
            throw new CarnetException(path, 1, Phrase.of("note.noDate",
                    YamlValues.dateTime(month.atEndOfMonth().plusDays(1).atTime(9, 0).atZone(zone).toOffsetDateTime())), null);
        }
        String fileSlug = name.group(3);
        Slug slug = meta.explicitSlug().orElseGet(() -> {
            Slug derived = Slug.fromText(fileSlug);
            if (derived == null) {
                throw new CarnetException(path, 0, Phrase.of("note.noSlug"), null);
            }
            return derived;
        });
        return new Note(path, month, slug, meta, text.body(), text.bodyFirstLine(), new Fingerprint(XxHash64.hash(bytes), bytes.length));
    }

    /** A standalone page ({@code pages/about.md}): same format as a note, no date needed. */
    public Page parsePage(String path, byte[] bytes) {
        refuseHuge(path, bytes);
        NoteText text = NoteText.split(Utf8Text.decode(bytes, path), path);
        FrontMatter meta = frontMatter(SafeYaml.parseMapping(text.header(), path, 2, "front matter"), path);
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        Slug slug = meta.explicitSlug().orElse(Slug.fromText(name));
        if (slug == null) {
            throw new CarnetException(path, 0, Phrase.of("page.noSlug"), null);
        }
        return new Page(path, slug, meta, text.body(), text.bodyFirstLine());
    }

    private static void refuseHuge(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CarnetException(path, 0, Phrase.of("note.tooBig", bytes.length / 1_048_576.0, MAX_BYTES >> 20), null);
        }
    }

    /** The front matter of a note or a page, without the note's own requirements. */
    public FrontMatter frontMatter(YamlMap yaml, String path) {
        String title = yaml.text("title");
        if (title == null || title.isBlank()) {
            throw new CarnetException(path, 1, Phrase.of("note.noTitle"), null);
        }
        List<String> tags = new ArrayList<>();
        for (String tag : yaml.textList("tags")) {
            String trimmed = tag.strip();
            if (trimmed.isEmpty()) {
                throw yaml.error("tags", Phrase.of("note.emptyTag"));
            }
            tags.add(trimmed);
        }
        if (tags.size() > MAX_TAGS) {
            // Each tag is a page listing its notes with their tags: ten thousand tags on one note
            // made a site of a hundred million links (11 GB, three minutes to build).
            throw yaml.error("tags", Phrase.of("note.tooManyTags", tags.size(), MAX_TAGS));
        }
        Slug slug = null;
        String slugText = yaml.text("slug");
        if (slugText != null) {
            if (!Slug.isValid(slugText)) {
                throw yaml.error("slug", Phrase.of("note.slug", slugText,
                        Slug.slugify(slugText).isEmpty() ? "notes-de-juin" : Slug.slugify(slugText)));
            }
            slug = new Slug(slugText);
        }
        Boolean draft = yaml.bool("draft");
        Boolean toc = yaml.bool("toc");
        Map<String, Object> extra = new LinkedHashMap<>();
        for (String key : yaml.keys()) {
            if (!KNOWN_KEYS.contains(key)) {
                extra.put(key, yaml.raw(key));
            }
        }
        return new FrontMatter(title, dateTime(yaml, "date"), tags, yaml.text("summary"), draft != null && draft, slug,
                toc != null && toc, extra, aliases(yaml), image(yaml));
    }

    /** {@code aliases:} a list of old site paths; each is checked here, clashes with the site's own pages in the build. */
    private static List<Alias> aliases(YamlMap yaml) {
        if (!yaml.has("aliases")) {
            return List.of();
        }
        if (!(yaml.raw("aliases") instanceof List<?> items)) {
            throw yaml.error("aliases", Phrase.of("alias.notList"));
        }
        List<Integer> lines = yaml.itemLines("aliases");
        List<Alias> aliases = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String path)) {
                Object item = items.get(i);
                throw new CarnetException(yaml.file(), lines.get(i), Phrase.of(item instanceof Number || item instanceof Boolean
                        ? "alias.notTextQuote" : "alias.notText", String.valueOf(item)), null);
            }
            String problem = SitePaths.problem(path);
            if (problem != null) {
                throw new CarnetException(yaml.file(), lines.get(i), Phrase.of("alias.bad", path, Phrase.of(problem)), null);
            }
            aliases.add(new Alias(path, lines.get(i)));
        }
        return aliases;
    }

    /** {@code image:} a site path or an http(s) URL: the only two a link preview can fetch. */
    private static String image(YamlMap yaml) {
        String image = yaml.text("image");
        if (image == null) {
            return null;
        }
        String value = image.strip();
        if (value.startsWith("/")) {
            String problem = SitePaths.problem(value);
            if (problem != null) {
                throw yaml.error("image", Phrase.of("image.bad", value, Phrase.of(problem)));
            }
            return value;
        }
        if (SitePaths.isWebUrl(value)) {
            return value;
        }
        throw yaml.error("image", Phrase.of("image.shape", value));
    }

    /** A date and time as notes write it (a bare date is a day in the blog's time zone); null when absent. */
    OffsetDateTime dateTime(YamlMap yaml, String key) {
        String text = yaml.text(key);
        if (text == null) {
            return null;
        }
        String value = text.strip();
        OffsetDateTime canonical = CanonicalDateTime.parse(value);
        if (canonical != null) {
            return canonical;
        }
        if (BARE_DATE.matcher(value).matches()) {
            try {
                // A bare date is a day in the blog's time zone, not a UTC midnight.
                return LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw yaml.error(key, Phrase.of("note.notADay", value));
            }
        }
        Matcher full = OFFSET_DATE_TIME.matcher(value);
        if (full.matches()) {
            String offset = full.group(3);
            if (offset.length() == 3) {
                offset += ":00";
            } else if (offset.length() == 5) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            try {
                return OffsetDateTime.parse(full.group(1) + "T" + full.group(2) + offset);
            } catch (DateTimeParseException e) {
                throw yaml.error(key, Phrase.of("note.notADateTime", value));
            }
        }
        Matcher local = LOCAL_DATE_TIME.matcher(value);
        if (local.matches()) {
            String suggestion;
            try {
                LocalDateTime at = LocalDateTime.parse(local.group(1) + "T" + local.group(2));
                suggestion = YamlValues.dateTime(at.atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                throw yaml.error(key, Phrase.of("note.notADateTime", value));
            }
            throw yaml.error(key, Phrase.of("note.noZone", value, suggestion));
        }
        throw yaml.error(key, Phrase.of("note.dateShape", value));
    }
}
