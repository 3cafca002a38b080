package dev.carnet.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import java.util.List;

/** PLACEHOLDER until the converter lands. */
public final class WordPressContent {
    private final ImportLinks links;

    public WordPressContent(ImportLinks links) {
        this.links = links;
    }

    public ConvertedContent toMarkdown(String html) {
        return new ConvertedContent(FlexmarkHtmlConverter.builder().build().convert(html), List.of(), List.of(), List.of(), List.of());
    }
}
