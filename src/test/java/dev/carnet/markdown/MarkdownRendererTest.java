package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.error.CarnetException;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer french = new MarkdownRenderer(new MarkdownOptions(true, false));
    private final MarkdownRenderer plain = new MarkdownRenderer(new MarkdownOptions(false, false));

    private String html(MarkdownRenderer renderer, String markdown) {
        return renderer.render(markdown, UrlRewriter.UNCHANGED).html();
    }

    @Test
    void typesetsATitleOrASummaryAsItsTextIsTypesetAndKeepsMarkdownCharactersAsWritten() {
        assertThat(french.typeset("Ce que j'ai appris : bilan")).isEqualTo("Ce que j\u2019ai appris\u00A0: bilan");
        assertThat(french.typeset("Il a dit \"oui\" ! Et puis...")).isEqualTo("Il a dit «\u00A0oui\u00A0»\u202F! Et puis\u2026");
        assertThat(french.typeset("*Pas* d'_accent_ [lien](x) `code` <b> & #1"))
                .isEqualTo("*Pas* d\u2019_accent_ [lien](x) `code` <b> & #1");
        assertThat(french.typeset("- liste ? 2024. Bilan")).isEqualTo("- liste\u202F? 2024. Bilan");
        assertThat(french.typeset("2024. Bilan -- fin")).isEqualTo("2024. Bilan \u2013 fin");
        assertThat(french.typeset("> citation\n  sur deux lignes")).isEqualTo("> citation sur deux lignes");
        assertThat(plain.typeset("Ce que j'ai appris : bilan")).isEqualTo("Ce que j'ai appris : bilan");
    }

    @Test
    void aNoteGivesItsTitleAndItsFrontMatterSummaryTypeset() {
        Rendered rendered = french.render("Premier paragraphe.", UrlRewriter.UNCHANGED, "L'été", "C'est fini !");
        assertThat(rendered.title()).isEqualTo("L\u2019été");
        assertThat(rendered.summary()).isEqualTo("C\u2019est fini\u202F!");
        assertThat(french.render("Premier : paragraphe.", UrlRewriter.UNCHANGED, "T", null).summary()).isEqualTo("Premier\u00A0: paragraphe.");
    }

    @Test
    void appliesFrenchTypographyToText() {
        assertThat(html(french, "Il a dit \"bonjour\" ; vraiment ? Oui ! Note : fin."))
                .isEqualTo("<p>Il a dit «&nbsp;bonjour&nbsp;»\u202F; vraiment\u202F? Oui\u202F! Note\u00A0: fin.</p>\n");
        assertThat(html(french, "Déjà? Non!")).isEqualTo("<p>Déjà\u202F? Non\u202F!</p>\n");
        assertThat(html(french, "voir index.php?page=2 ou a=b")).isEqualTo("<p>voir index.php?page=2 ou a=b</p>\n");
        assertThat(html(french, "**Vraiment** ?")).isEqualTo("<p><strong>Vraiment</strong>\u202F?</p>\n");
    }

    /** Found by TypographyLeavesCodeAndUrlsTest: typography cut bare addresses at their "--" and "'". */
    @Test
    void aBareAddressHoldingDashesOrAnApostropheIsLinkedWholeWhileProseKeepsItsTypography() {
        assertThat(html(french, "Voir https://fr.wikipedia.org/wiki/Jeanne_d'Arc -- et l'été..."))
                .isEqualTo("<p>Voir <a href=\"https://fr.wikipedia.org/wiki/Jeanne_d'Arc\">https://fr.wikipedia.org/wiki/Jeanne_d'Arc</a>"
                        + " &ndash; et l&rsquo;été&hellip;</p>\n");
        assertThat(html(french, "https://ex.org/a--b--c"))
                .isEqualTo("<p><a href=\"https://ex.org/a--b--c\">https://ex.org/a--b--c</a></p>\n");
        assertThat(html(french, "Fin : https://ex.org/a...")).contains("href=\"https://ex.org/a\"").contains("&hellip;");
        assertThat(html(french, "Voir https://ex.org/...= ou https://ex.org/a'~b"))
                .contains("href=\"https://ex.org/...=\"").contains("href=\"https://ex.org/a'~b\"");
    }

    /** Found by HugeInputsTest: "+ 1) " ten thousand times (60 KB) took over 30 s before the parser's stack gave out. */
    @Test
    void aLineNestingMoreThanAHundredQuotesOrListsIsRefusedAtOnceWhileARuleDrawnWithBlanksIsNot() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> html(french, "Texte.\n\n" + "+ 1) ".repeat(10_000) + "x\n"))
                .isInstanceOf(CarnetException.class)
                .hasMessage("quotes or lists nested too deep (more than 100 levels): flatten them")
                .satisfies(e -> assertThat(((CarnetException) e).line()).isEqualTo(3));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(html(plain, "> ".repeat(100) + "x")).contains("<p>x</p>");
        assertThat(html(plain, "- ".repeat(500) + "\n")).isEqualTo("<hr />\n");
    }

    @Test
    void spacesFrenchPunctuationInHeadingsAndLinkTextsButNotInAltText() {
        Rendered rendered = french.render("## Pourquoi ?\n\n[Qui sommes-nous ?](x) [et vous ?][r] ![Un chat : noir](c.png)\n\n[r]: https://y.org/?q",
                UrlRewriter.UNCHANGED);
        assertThat(rendered.html()).isEqualTo("<h2 id=\"pourquoi\">Pourquoi\u202F?</h2>\n"
                + "<p><a href=\"x\">Qui sommes-nous\u202F?</a> <a href=\"https://y.org/?q\">et vous\u202F?</a>"
                + " <img src=\"c.png\" alt=\"Un chat : noir\" /></p>\n");
        assertThat(rendered.toc()).containsExactly(new Rendered.TocEntry(2, "pourquoi", "Pourquoi\u202F?"));
    }

    @Test
    void curlsApostrophesInWordsButNotEscapedOnesCodeOrAltText() {
        assertThat(html(french, "L'atelier d'hiver, aujourd'hui, l\\'x, `l'code` ![l'image](a.png) [l'article](x) 'vraiment'"))
                .isEqualTo("<p>L&rsquo;atelier d&rsquo;hiver, aujourd&rsquo;hui, l'x, <code>l'code</code> <img src=\"a.png\" alt=\"l'image\" />"
                        + " <a href=\"x\">l&rsquo;article</a> &lsquo;vraiment&rsquo;</p>\n");
        assertThat(html(plain, "L'atelier")).isEqualTo("<p>L'atelier</p>\n");
    }

    @Test
    void linksABareUrlWithAnApostropheWhole() {
        assertThat(html(french, "voir https://fr.wikipedia.org/wiki/L'Étranger ici"))
                .contains("<a href=\"https://fr.wikipedia.org/wiki/L'%C3%89tranger\">https://fr.wikipedia.org/wiki/L'Étranger</a> ici");
    }

    @Test
    void leavesCodeUrlsAndTimesAlone() {
        assertThat(html(french, "`a ? b : c` et https://exemple.org/page?x=1 à 12:30"))
                .isEqualTo("<p><code>a ? b : c</code> et <a href=\"https://exemple.org/page?x=1\">https://exemple.org/page?x=1</a> à 12:30</p>\n");
        assertThat(html(french, "```\nif (a) { b ? c : d; }\n```")).contains("if (a) { b ? c : d; }");
        assertThat(html(french, "[lien](https://exemple.org/?q=1 \"Titre : oui\")")).contains("href=\"https://exemple.org/?q=1\"");
    }

    @Test
    void linksBareUrlsAndAddressesButNotTheirTrailingPunctuation() {
        assertThat(html(french, "Voir https://exemple.org/a_(b), www.framasoft.org. Écrire à julien@example.org !"))
                .isEqualTo("<p>Voir <a href=\"https://exemple.org/a_(b)\">https://exemple.org/a_(b)</a>, "
                        + "<a href=\"https://www.framasoft.org\">www.framasoft.org</a>. Écrire à "
                        + "<a href=\"mailto:julien@example.org\">julien@example.org</a>\u202F!</p>\n");
        assertThat(html(french, "[déjà un lien https://x.org](https://y.org) et `https://code.org`"))
                .isEqualTo("<p><a href=\"https://y.org\">déjà un lien https://x.org</a> et <code>https://code.org</code></p>\n");
    }

    @Test
    void keepsStraightQuotesWithoutFrenchTypography() {
        assertThat(html(plain, "He said \"hi\"; really?")).isEqualTo("<p>He said &quot;hi&quot;; really?</p>\n");
    }

    @Test
    void givesHeadingsAsciiIdsAndATableOfContents() {
        Rendered rendered = french.render("## Médiation numérique\n\n### Œuvres d'été\n\n## Médiation numérique\n", UrlRewriter.UNCHANGED);
        assertThat(rendered.html()).contains("<h2 id=\"mediation-numerique\">", "<h3 id=\"oeuvres-d-ete\">", "<h2 id=\"mediation-numerique-2\">");
        assertThat(rendered.toc()).extracting(Rendered.TocEntry::id).containsExactly("mediation-numerique", "oeuvres-d-ete", "mediation-numerique-2");
    }

    @Test
    void escapesRawHtmlUnlessAllowed() {
        assertThat(html(french, "<script>alert(1)</script>\n\nTexte <b>gras</b>"))
                .doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;");
        MarkdownRenderer raw = new MarkdownRenderer(new MarkdownOptions(true, true));
        assertThat(html(raw, "Texte <b>gras</b>")).contains("<b>gras</b>");
    }

    @Test
    void rendersTablesFootnotesAndStrikethrough() {
        String html = html(french, "| a | b |\n|---|--:|\n| 1 | 2 |\n\nTexte[^1] ~~barré~~\n\n[^1]: Une note.\n");
        assertThat(html).contains("<table class=\"table\">", "class=\"align-right\"", "<del>barré</del>", "Une note.")
                .doesNotContain("align=\"");
    }

    @Test
    void rewritesUrlsAndEncodesWhatIsNotAscii() {
        Rendered rendered = french.render("[a](images/été.jpg) ![Portrait](images/p.jpg) <https://exemple.org/café>",
                (url, image) -> url.startsWith("images/") ? "/blog/" + url : url);
        assertThat(rendered.html()).contains("href=\"/blog/images/%C3%A9t%C3%A9.jpg\"", "src=\"/blog/images/p.jpg\"",
                "href=\"https://exemple.org/caf%C3%A9\"");
        assertThat(rendered.links()).extracting(Rendered.LinkTarget::url)
                .containsExactly("images/été.jpg", "images/p.jpg", "https://exemple.org/café");
        assertThat(rendered.links().get(1).alt()).isEqualTo("Portrait");
    }

    @Test
    void summarisesTheFirstParagraphAndCountsWords() {
        Rendered rendered = plain.render("## Titre\n\nPremier *paragraphe* ici.\n\nSecond.", UrlRewriter.UNCHANGED);
        assertThat(rendered.summary()).isEqualTo("Premier paragraphe ici.");
        assertThat(rendered.words()).isEqualTo(5);
    }

    @Test
    void aLoneImageWithATitleBecomesAFigureWithItsCaption() {
        assertThat(html(plain, "Avant.\n\n![Atelier](images/atelier.jpg \"L'atelier de juin & ses <outils>\")\n\nAprès."))
                .isEqualTo("<p>Avant.</p>\n<figure><img src=\"images/atelier.jpg\" alt=\"Atelier\" />"
                        + "<figcaption>L'atelier de juin &amp; ses &lt;outils&gt;</figcaption></figure>\n<p>Après.</p>\n");
        assertThat(html(plain, "> ![Atelier](a.jpg \"Légende\")")).contains("<blockquote>\n<figure>");
    }

    @Test
    void anImageAmongWordsOrWithoutATitleStaysAnImgItsTitleATooltip() {
        assertThat(html(plain, "Voici ![Atelier](a.jpg \"Légende\") en ligne.")).isEqualTo(
                "<p>Voici <img src=\"a.jpg\" alt=\"Atelier\" title=\"Légende\" /> en ligne.</p>\n");
        assertThat(html(plain, "![Atelier](a.jpg)")).isEqualTo("<p><img src=\"a.jpg\" alt=\"Atelier\" /></p>\n");
        assertThat(html(plain, "- ![Atelier](a.jpg \"Légende\")")).doesNotContain("figure");
    }
}
