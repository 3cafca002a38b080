package dev.carnet.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Keeps an apostrophe between two letters or digits ({@code l'atelier}) in its text node, where
 * {@link TextRenderer} writes it as {@code &rsquo;}. flexmark's typographic extension gives the
 * same HTML, but through a quote delimiter and a node of its own for each one: French prose has
 * about 130 a note, which doubled the nodes of every note and a good part of the rendering time.
 * Such an apostrophe can never open or close a quotation (flexmark refuses a quote next to a
 * letter), so nothing else changes.
 */
final class IntrawordApostrophes implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    /** Whether an apostrophe with these characters around it is one this extension keeps as text. */
    static boolean between(char before, char after) {
        return Letters.letterOrDigit(before) && Letters.letterOrDigit(after);
    }

    private static final class Factory extends NoDependencies implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "'";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Extension();
        }

    }

    private static final class Extension implements InlineParserExtension {
        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence quote = parser.getInput().subSequence(parser.getIndex(), parser.getIndex() + 1);
            // The letters around it are read in the note itself, as flexmark's quote rule does.
            BasedSequence note = quote.getBaseSequence();
            int at = quote.getStartOffset();
            if (at == 0 || at + 1 >= note.length() || !between(note.charAt(at - 1), note.charAt(at + 1))) {
                return false;
            }
            parser.appendText(quote);
            parser.setIndex(parser.getIndex() + 1);
            return true;
        }

        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }
    }
}
