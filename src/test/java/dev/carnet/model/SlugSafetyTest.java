package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.HostileText;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Slugs become folders and addresses: whatever text they come from, a note's slug is ASCII
 * letters, digits and single hyphens (or nothing, which callers refuse), a tag's folder is never
 * empty and never leaves {@code tags/}, and both are fixed points.
 * Rerun: {@code mvn -o test -Dtest=SlugSafetyTest}.
 */
class SlugSafetyTest {

    @Provide
    Arbitrary<String> texts() {
        return HostileText.text(12);
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    @Provide
    Arbitrary<String> nearSlugs() {
        return Arbitraries.of("a", "z", "0", "9", "-", "--", "A", "_", ".", "/", "é", " ", "\u0000", "ab", "a-b", "-a", "a-")
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void aSlugIsWhatTheExpressionForSlugsMatches(@ForAll("nearSlugs") String text) {
        assertThat(Slug.isValid(text)).as(text).isEqualTo(SLUG.matcher(text).matches());
    }

    @Property
    void aNoteSlugIsAsciiWordsJoinedBySingleHyphensOrNothing(@ForAll("texts") String text) {
        String slug = Slug.slugify(text);
        assertThat(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
        assertThat(Slug.fromText(text)).isEqualTo(slug.isEmpty() ? null : new Slug(slug));
    }

    @Property
    void slugifyingASlugChangesNothing(@ForAll("texts") String text) {
        String slug = Slug.slugify(text);
        assertThat(Slug.slugify(slug)).isEqualTo(slug);
    }

    @Property
    void aTagFolderIsNeverEmptyNorADotFolderNorHoldsASeparator(@ForAll("texts") String tag) {
        String folder = TagName.slug(tag);
        assertThat(folder).isNotEmpty().isNotIn(".", "..").doesNotContain("/", "\\", "\u0000").doesNotStartWith("-").doesNotEndWith("-");
        assertThat(folder.codePoints()).allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK);
    }

    @Property
    void aTagFolderIsItsOwnFolderAndTheSameForTheSameTag(@ForAll("texts") String tag) {
        String folder = TagName.slug(tag);
        assertThat(TagName.slug(folder)).isEqualTo(folder);
        assertThat(TagName.slug(" " + tag + " ")).isEqualTo(folder);
    }
}
