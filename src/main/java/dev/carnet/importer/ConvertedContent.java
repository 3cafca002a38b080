package dev.carnet.importer;

import java.util.List;

public record ConvertedContent(String markdown, List<String> imagesUsed, List<String> missingImages, List<String> unknownShortcodes,
        List<String> warnings) {
}
