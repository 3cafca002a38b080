package dev.carnet.markdown;

/**
 * How Markdown becomes HTML for one blog.
 *
 * @param frenchTypography « » with no-break spaces, and a (narrow) no-break space before ; : ! ?
 * @param rawHtml keep HTML written in notes; when false it is shown as text, never run
 */
public record MarkdownOptions(boolean frenchTypography, boolean rawHtml) {
}
