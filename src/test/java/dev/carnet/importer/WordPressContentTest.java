package dev.carnet.importer;

import dev.carnet.model.ImportWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordPressContentTest {
    private final WordPressContent content = new WordPressContent(OldBlog.withAllUploads());

    private String markdown(String html) {
        return content.toMarkdown(html).markdown();
    }

    private static String fixture(String name) {
        try (InputStream in = WordPressContentTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void convertsABlockEditorPostWhole() {
        ConvertedContent converted = content.toMarkdown(fixture("gutenberg-atelier.html"));
        assertEquals(fixture("gutenberg-atelier.md"), converted.markdown());
        assertEquals(List.of("2024/06/atelier.jpg"), converted.imagesUsed());
        assertEquals(List.of(), converted.missingImages());
        assertEquals(List.of(), converted.unknownShortcodes());
    }

    @Test
    void convertsAClassicEditorPostWhole() {
        WordPressContent classic = new WordPressContent(new OldBlog(Set.of("2023/11/absente.png"), Map.of(
                301L, "https://blog.fr/wp-content/uploads/2023/11/atelier-famille.jpg",
                302L, "https://blog.fr/wp-content/uploads/2023/11/porte-cles-1024x683.jpg")));
        ConvertedContent converted = classic.toMarkdown(fixture("classic-fablab.html"));
        assertEquals(fixture("classic-fablab.md"), converted.markdown());
        assertEquals(List.of("2023/11/imprimante-3d.jpg", "2023/11/atelier-famille.jpg", "2023/11/porte-cles.jpg"), converted.imagesUsed());
        assertEquals(List.of("https://blog.fr/wp-content/uploads/2023/11/absente-150x150.png"), converted.missingImages());
        assertEquals(List.of("contact-form-7"), converted.unknownShortcodes());
        assertEquals(List.of(), converted.warnings());
    }

    @Test
    void dropsBlockCommentsWithoutLeavingWrappers() {
        assertEquals("Dans le groupe.\n\n---\n\nAprès la ligne.\n", markdown("""
                <!-- wp:group --><div class="wp-block-group"><div class="wp-block-group__inner-container"><!-- wp:paragraph -->
                <p>Dans le groupe.</p>
                <!-- /wp:paragraph --></div></div><!-- /wp:group -->
                <!-- wp:separator /--><hr class="wp-block-separator"/>
                <!-- wp:paragraph --><p>Après la ligne.</p><!-- /wp:paragraph -->"""));
    }

    @Test
    void rebuildsClassicParagraphsAndLineBreaks() {
        assertEquals("Premier paragraphe,\\\nsur deux lignes.\n\nSecond paragraphe.\n",
                markdown("Premier paragraphe,\nsur deux lignes.\n\nSecond paragraphe."));
    }

    @Test
    void keepsFrenchApostrophesQuotesAndNoBreakSpaces() {
        assertEquals("L’été, c’est «\u00a0chaud\u00a0» – vraiment\u00a0!\n",
                markdown("<p>L&#8217;été, c&rsquo;est &laquo;&nbsp;chaud&nbsp;&raquo; &#8211; vraiment&nbsp;!</p>"));
    }

    @Test
    void squeezesRunsOfNoBreakSpacesAndDropsEmptyParagraphs() {
        assertEquals("Un\u00a0: deux trois.\n\nQuatre.\n",
                markdown("<p>Un&nbsp;&nbsp; : deux&nbsp;&nbsp;&nbsp;trois.&nbsp;</p><p>&nbsp;</p><p> </p><p>Quatre.</p>"));
    }

    @Test
    void writesAtxHeadingsWithoutTheBoldInside() {
        assertEquals("## Le bilan de l’année\n\n### Suite\n",
                markdown("<h2 id=\"bilan\" style=\"color:red\"><strong>Le bilan de l&rsquo;année</strong></h2><h3><b>Suite</b></h3>"));
    }

    @Test
    void gluesEmphasisToThePunctuationAfterIt() {
        assertEquals("C’est **gras**. Et *penché*, puis **fort**\u00a0! Fin.\n",
                markdown("<p>C’est <strong>gras</strong>. Et <em>penché</em>, puis <strong>fort</strong>&nbsp;! Fin.</p>"));
    }

    @Test
    void dropsStyledSpanAndDivWrappers() {
        assertEquals("Texte **important** ici.\n\nDans un div.\n",
                markdown("<p><span style=\"font-weight: 400;\">Texte <span class=\"x\"><strong>important</strong></span> ici.</span></p><div class=\"entry\">Dans un div.</div>"));
    }

    @Test
    void putsTheCaptionUnderTheImageAsItsOwnParagraph() {
        assertEquals("![Le jardin](/images/2024/05/jardin.jpg)\n\nLe jardin *partagé*\n", markdown(
                "<figure class=\"wp-block-image\"><img src=\"https://blog.fr/wp-content/uploads/2024/05/jardin-768x512.jpg\" alt=\"Le jardin\">"
                        + "<figcaption>Le jardin <em>partagé</em></figcaption></figure>"));
    }

    @Test
    void turnsCaptionShortcodesIntoImageAndCaption() {
        assertEquals("![Affiche](/images/2019/02/affiche.png)\n\nL’affiche du forum\n", markdown(
                "[caption id=\"attachment_7\" align=\"alignleft\" width=\"200\"]<img src=\"https://blog.fr/wp-content/uploads/2019/02/affiche-200x300.png\" "
                        + "alt=\"Affiche\" width=\"200\" height=\"300\" class=\"size-medium wp-image-7\" /> L&#8217;affiche du forum[/caption]"));
    }

    @Test
    void readsTheCaptionOfOldCaptionShortcodesFromTheirAttribute() {
        assertEquals("![](/images/2009/04/vieux.jpg)\n\nUne vieille légende\n",
                markdown("[caption id=\"\" caption=\"Une vieille légende\"]<img src=\"https://blog.fr/wp-content/uploads/2009/04/vieux.jpg\">[/caption]"));
    }

    @Test
    void quoteEndsWithItsSourceLine() {
        assertEquals("> Le savoir est une arme.\n>\n> — Proverbe\n",
                markdown("<!-- wp:quote --><blockquote class=\"wp-block-quote\"><p>Le savoir est une arme.</p><cite>Proverbe</cite></blockquote><!-- /wp:quote -->"));
    }

    @Test
    void keepsNestedListsOfBothKinds() {
        assertEquals("1. Préparer\n   - le matériel\n   - la salle\n2. Accueillir\n   1. café\n", markdown(
                "<ol><li>Préparer<ul><li>le matériel</li><li>la salle</li></ul></li><li>Accueillir<ol><li>café</li></ol></li></ol>"));
    }

    @Test
    void keepsTablesAsPipeTables() {
        assertEquals("| Jour  | Public  |\n|-------|---------|\n| Lundi | Seniors |\n",
                markdown("<table><thead><tr><th>Jour</th><th>Public</th></tr></thead><tbody><tr><td>Lundi</td><td>Seniors</td></tr></tbody></table>"));
    }

    @Test
    void turnsHighlighterPresIntoFencesWithTheirLanguage() {
        assertEquals("```js\na && b;\n```\n\n```python\nprint(\"<é>\")\n```\n\n```java\nint x = 1;\n```\n\n```php\n<?php echo 1;\n```\n\n```\nbrut\n```\n",
                markdown("<pre class=\"brush: js; title: ; notranslate\">a &amp;&amp; b;</pre>"
                        + "<pre class=\"lang:python decode:true\">print(\"&lt;é&gt;\")</pre>"
                        + "<pre class=\"language-java\"><code>int x = 1;</code></pre>"
                        + "<pre class=\"wp-block-code\"><code class=\"language-php\">&lt;?php echo 1;</code></pre>"
                        + "<pre>brut</pre>"));
    }

    @Test
    void codeShortcodesKeepTheirCodeExactly() {
        assertEquals("```php\n<?php if ($a < 3 && $b) { echo \"[ok]\"; }\n```\n\n```python\nx = [1, 2]\n\nprint(x)  # *pas* d’emphase\n```\n",
                markdown("[code lang=\"php\"]\n&lt;?php if ($a < 3 &amp;&amp; $b) { echo \"[ok]\"; }\n[/code]\n\n"
                        + "[sourcecode language=\"python\"]x = [1, 2]\n\nprint(x)  # *pas* d’emphase[/sourcecode]"));
    }

    @Test
    void fencesInsideAListItemAreIndentedWithIt() {
        assertEquals("- Lancer :\n\n  ```bash\n  make\n  make install\n  ```\n- Fini\n",
                markdown("<ul><li>Lancer :<pre class=\"wp-block-code\"><code class=\"language-bash\">make\nmake install</code></pre></li><li>Fini</li></ul>"));
    }

    @Test
    void keepsShortcodesUnescapedAndNamesTheUnknownOnes() {
        ConvertedContent converted = content.toMarkdown(
                "<p>Écrivez-nous :</p>\n<p>[contact-form-7 id=\"12\" title=\"Contact\"]</p>\n<p>[toc]</p>\n<p>[su_box title=\"Note\"]Encadré[/su_box]</p>");
        assertEquals("Écrivez-nous :\n\n[contact-form-7 id=\"12\" title=\"Contact\"]\n\n[toc]\n\n[su_box title=\"Note\"]Encadré[/su_box]\n", converted.markdown());
        assertEquals(List.of("contact-form-7", "toc", "su_box"), converted.unknownShortcodes());
    }

    @Test
    void bracketedTextIsNotAShortcode() {
        ConvertedContent converted = content.toMarkdown("<p>Voir la note [1] et [voir plus] ou [Lire la suite…]</p>");
        assertEquals("Voir la note \\[1\\] et \\[voir plus\\] ou \\[Lire la suite…\\]\n", converted.markdown());
        assertEquals(List.of(), converted.unknownShortcodes());
    }

    @Test
    void galleryBecomesOneImageLineEach() {
        WordPressContent withAttachments = new WordPressContent(new OldBlog(Set.of(), Map.of(
                5L, "https://blog.fr/wp-content/uploads/2024/03/a.jpg", 6L, "https://blog.fr/wp-content/uploads/2024/03/b-1024x768.jpg")));
        ConvertedContent converted = withAttachments.toMarkdown("[gallery ids=\"5, 6,7\" columns=\"3\" link=\"file\"]");
        assertEquals("![](/images/2024/03/a.jpg)\n\n![](/images/2024/03/b.jpg)\n", converted.markdown());
        assertEquals(List.of(new ImportWarning("", "galleryMissing", "7")), converted.warnings());
    }

    @Test
    void embedsBecomeTitledLinks() {
        assertEquals("[Vidéo YouTube : x1Y2z3](https://www.youtube.com/watch?v=x1Y2z3)\n\n"
                        + "[Vidéo YouTube : AbCdEf12](https://www.youtube.com/watch?v=AbCdEf12)\n\n"
                        + "[Notre visite](https://vimeo.com/1234567)\n\n"
                        + "[Contenu intégré : umap.openstreetmap.fr](https://umap.openstreetmap.fr/fr/map/carte_1)\n\n"
                        + "[Vidéo YouTube : QQqq11](https://www.youtube.com/watch?v=QQqq11)\n",
                markdown("[embed]https://youtu.be/x1Y2z3[/embed]\n\n"
                        + "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/AbCdEf12?rel=0\" frameborder=\"0\"></iframe>\n\n"
                        + "<iframe title=\"Notre visite\" src=\"https://player.vimeo.com/video/1234567?h=ab\"></iframe>\n\n"
                        + "<iframe src=\"//umap.openstreetmap.fr/fr/map/carte_1\"></iframe>\n\n"
                        + "https://www.youtube.com/watch?v=QQqq11"));
    }

    @Test
    void rewritesEveryFormOfAnUploadToTheImportsCopy() {
        ConvertedContent converted = content.toMarkdown("<p><img src=\"https://i0.wp.com/blog.fr/wp-content/uploads/2024/06/x-300x225.jpg?w=1024\" alt=\"X\" "
                + "srcset=\"https://blog.fr/wp-content/uploads/2024/06/x-300x225.jpg 300w, https://blog.fr/wp-content/uploads/2024/06/x.jpg 1200w\"> "
                + "<img src=\"data:image/gif;base64,R0lGOD\" data-lazy-src=\"https://blog.fr/wp-content/uploads/2024/06/y-scaled.jpg\" alt=\"Y\"></p>");
        assertEquals("![X](/images/2024/06/x.jpg) ![Y](/images/2024/06/y.jpg)\n", converted.markdown());
        assertEquals(List.of("2024/06/x.jpg", "2024/06/y.jpg"), converted.imagesUsed());
    }

    @Test
    void keepsTheAbsoluteUrlOfAnUploadTheImportDoesNotHave() {
        WordPressContent missing = new WordPressContent(new OldBlog(Set.of("2020/01/perdue.jpg", "2020/01/guide.pdf"), Map.of()));
        ConvertedContent converted = missing.toMarkdown("<p><img src=\"https://blog.fr/wp-content/uploads/2020/01/perdue-150x150.jpg\" alt=\"\"> "
                + "<a href=\"https://blog.fr/wp-content/uploads/2020/01/guide.pdf\">le guide</a></p>");
        assertEquals("![](https://blog.fr/wp-content/uploads/2020/01/perdue-150x150.jpg) [le guide](https://blog.fr/wp-content/uploads/2020/01/guide.pdf)\n",
                converted.markdown());
        assertEquals(List.of("https://blog.fr/wp-content/uploads/2020/01/guide.pdf", "https://blog.fr/wp-content/uploads/2020/01/perdue-150x150.jpg"),
                converted.missingImages());
    }

    @Test
    void aLinkToTheImagesOwnFileBecomesTheImage() {
        assertEquals("![Salle](/images/2024/06/salle.jpg)\n\n[![Plan](/images/2024/06/plan.png)](/notes/2024/06/acces/)\n", markdown(
                "<p><a href=\"https://blog.fr/wp-content/uploads/2024/06/salle.jpg\"><img src=\"https://blog.fr/wp-content/uploads/2024/06/salle-1024x683.jpg\" alt=\"Salle\"></a></p>"
                        + "<p><a href=\"https://blog.fr/2024/06/acces/\"><img src=\"https://blog.fr/wp-content/uploads/2024/06/plan.png\" alt=\"Plan\"></a></p>"));
    }

    @Test
    void linksToTheOldBlogGoThroughTheImport() {
        assertEquals("Voir [l’archive](/notes/?p=123), le [mot-clé](/notes/tag/atelier/) et [ailleurs](https://exemple.org/page \"Un site\").\n", markdown(
                "<p>Voir <a href=\"https://blog.fr/?p=123\" class=\"lien\">l’archive</a>, le <a href=\"https://blog.fr/tag/atelier/\">mot-clé</a> "
                        + "et <a href=\"https://exemple.org/page\" title=\"Un site\" target=\"_blank\" rel=\"noopener\">ailleurs</a>.</p>"));
    }

    @Test
    void turnsHandMadeFootnotesIntoMarkdownFootnotes() {
        assertEquals("Une affirmation[^1] et une autre[^2], encore la première[^1].\n\n[^1]: La source, [en ligne](https://exemple.org/).\n\n[^2]: Une précision.\n",
                markdown("<p>Une affirmation<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup> et une autre<a href=\"#fn2\"><sup>2</sup></a>, "
                        + "encore la première<sup><a href=\"#fn1\">1</a></sup>.</p>\n"
                        + "<div class=\"footnotes\"><hr /><ol><li id=\"fn1\">La source, <a href=\"https://exemple.org/\">en ligne</a>. <a href=\"#ref1\">↩</a></li>"
                        + "<li id=\"fn2\">Une précision. <a href=\"#ref2\">↩</a></li></ol></div>"));
    }

    @Test
    void keepsSuperscriptAsHtml() {
        assertEquals("Le 1<sup>er</sup> juillet.\n", markdown("<p>Le 1<sup>er</sup> juillet.</p>"));
    }

    @Test
    void endsWithOneNewlineAndNeverTwoBlankLines() {
        assertEquals("Un.\n\nDeux.\n", markdown("<p>Un.</p>\n\n\n<p></p><p>&nbsp;</p><br><p>Deux.</p>\n\n\n"));
    }

    @Test
    void emptyContentGivesEmptyMarkdown() {
        assertEquals("", markdown(""));
        assertEquals("", markdown("<!-- wp:paragraph --><p></p><!-- /wp:paragraph -->"));
    }

    @Test
    void movesSpacesOutOfEmphasisAndDropsEmptyOnes() {
        assertEquals("Un **gras** suite, *penché* ici et fin.\n",
                markdown("<p>Un <strong>gras </strong>suite,<em> penché</em> ici<strong></strong> et<strong>&nbsp;</strong>fin.</p>"));
    }

    @Test
    void definitionListsBecomeBoldTermsOverParagraphs() {
        assertEquals("**Tiers-lieu**\n\nUn espace partagé.\n", markdown("<dl><dt>Tiers-lieu</dt><dd>Un espace partagé.</dd></dl>"));
    }

    @Test
    void shortcodesShownAsCodeAreLeftAsCode() {
        ConvertedContent converted = content.toMarkdown("<p>Tapez <code>[gallery ids=\"1\"]</code> :</p><pre>[contact-form-7 id=\"1\"]</pre>");
        assertEquals("Tapez `[gallery ids=\"1\"]` :\n\n```\n[contact-form-7 id=\"1\"]\n```\n", converted.markdown());
        assertEquals(List.of(), converted.unknownShortcodes());
    }

    @Test
    void videoAndAudioBlocksBecomeLinksToTheirFile() {
        ConvertedContent converted = content.toMarkdown("<!-- wp:video --><figure class=\"wp-block-video\"><video controls "
                + "src=\"https://blog.fr/wp-content/uploads/2024/02/demo.mp4\"></video><figcaption>La démo</figcaption></figure><!-- /wp:video -->"
                + "<!-- wp:audio --><figure class=\"wp-block-audio\"><audio controls src=\"https://radio.example/emission.mp3\"></audio></figure><!-- /wp:audio -->");
        assertEquals("[Fichier vidéo : demo.mp4](/images/2024/02/demo.mp4)\n\nLa démo\n\n[Fichier audio : emission.mp3](https://radio.example/emission.mp3)\n",
                converted.markdown());
        assertEquals(List.of("2024/02/demo.mp4"), converted.imagesUsed());
    }

    @Test
    void fileBlocksKeepOneLinkAndEmojiImagesTheirCharacter() {
        assertEquals("[Le guide](/images/2024/02/guide.pdf)\n\nMerci 🙂\u00a0!\n", markdown("<!-- wp:file --><div class=\"wp-block-file\">"
                + "<a href=\"https://blog.fr/wp-content/uploads/2024/02/guide.pdf\">Le guide</a><a href=\"https://blog.fr/wp-content/uploads/2024/02/guide.pdf\" "
                + "class=\"wp-block-file__button\" download>Télécharger</a></div><!-- /wp:file -->"
                + "<p>Merci <img draggable=\"false\" class=\"emoji\" alt=\"🙂\" src=\"https://s.w.org/images/core/emoji/14.0.0/svg/1f642.svg\">&nbsp;!</p>"));
    }

    @Test
    void warnsAboutWhatHasNoMarkdownForm() {
        ConvertedContent converted = content.toMarkdown("<p>Avant</p><script>suivi();</script><form action=\"/x\"><input name=\"q\"></form>");
        assertEquals("Avant\n", converted.markdown());
        assertEquals(List.of(new ImportWarning("", "dropped", "script"), new ImportWarning("", "dropped", "form")),
                converted.warnings());
    }

    @Test
    void escapesTextThatWouldReadAsMarkdown() {
        assertEquals("2024\\. Une année\n\n\\- un tiret\\\n\\# pas un titre\n\nun \\_mot\\_ et snake_case, `__init__`\n",
                markdown("<p>2024. Une année</p><p>- un tiret<br># pas un titre</p><p>un _mot_ et snake_case, <code>__init__</code></p>"));
    }

    @Test
    void nestedQuotesAndQuotesAfterTextStandApart() {
        assertEquals("Avant\n\n> Un\n>\n> > Deux\n", markdown("<p>Avant</p><blockquote><p>Un</p><blockquote><p>Deux</p></blockquote></blockquote>"));
    }

    @Test
    void aTableWithoutHeadingsGetsItsFirstRowAsHeader() {
        assertEquals("| Lundi | Mardi |\n|-------|-------|\n| 9     | 6     |\n",
                markdown("<!-- wp:table --><figure class=\"wp-block-table\"><table><tbody><tr><td>Lundi</td><td>Mardi</td></tr>"
                        + "<tr><td>9</td><td>6</td></tr></tbody></table></figure><!-- /wp:table -->"));
    }

    @Test
    void anImageNamedLikeAnEmojiStaysAnImage() {
        assertEquals("![Un café \\[noir\\]](/images/2024/01/coffee.png) ![](<https://ailleurs.fr/mon image (1).png> \"Titre\")\n",
                markdown("<p><img src=\"https://blog.fr/wp-content/uploads/2024/01/coffee.png\" alt=\"Un café [noir]\"> "
                        + "<img src=\"https://ailleurs.fr/mon image (1).png\" title=\"Titre\"></p>"));
    }

    @Test
    void embedOfSomethingElseThanAUrlIsText() {
        assertEquals("pas une adresse\n", markdown("[embed]pas une adresse[/embed]"));
    }

    @Test
    void emptyListItemsAndListsGo() {
        assertEquals("- un\n\nFin.\n", markdown("<ul><li>un</li><li>&nbsp;</li></ul><ol><li></li></ol><p>Fin.</p>"));
    }

    @Test
    void embedsLinksAreWrittenInTheBlogsLanguage() {
        WordPressContent english = new WordPressContent(OldBlog.withAllUploads(), Locale.ENGLISH);
        assertEquals("[YouTube video: x1Y2z3](https://www.youtube.com/watch?v=x1Y2z3)\n",
                english.toMarkdown("[embed]https://youtu.be/x1Y2z3[/embed]").markdown());
    }
}
