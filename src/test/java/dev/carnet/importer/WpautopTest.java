package dev.carnet.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WpautopTest {
    @Test
    void blankLinesMakeParagraphsAndSingleNewlinesBreaks() {
        assertEquals("<p>Bonjour à tous,<br />\nvoici la suite.</p>\n<p>Deuxième paragraphe.</p>\n",
                Wpautop.apply("Bonjour à tous,\nvoici la suite.\n\nDeuxième paragraphe."));
    }

    @Test
    void leavesBlockElementsOutOfParagraphs() {
        assertEquals("<p>Avant</p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n<h3>Titre</h3>\n<p>Après</p>\n",
                Wpautop.apply("Avant\n<ul>\n\t<li>un</li>\n\t<li>deux</li>\n</ul>\n<h3>Titre</h3>\nAprès"));
    }

    @Test
    void leavesPreformattedTextAlone() {
        assertEquals("<p>Code :</p>\n<pre>ligne 1\n\nligne 3</pre>\n",
                Wpautop.apply("Code :\n<pre>ligne 1\n\nligne 3</pre>"));
    }

    @Test
    void putsTheParagraphsOfAQuoteInsideIt() {
        assertEquals("<blockquote><p>Première</p>\n<p>Seconde</p></blockquote>\n",
                Wpautop.apply("<blockquote>Première\n\nSeconde</blockquote>"));
    }

    @Test
    void emptyTextStaysEmpty() {
        assertEquals("", Wpautop.apply(" \n\n "));
    }
}
