package dev.carnet.markdown;

/**
 * How Markdown becomes HTML for one blog.
 *
 * @param frenchTypography « » with no-break spaces, and a (narrow) no-break space before ; : ! ?
 * @param rawHtml keep HTML written in notes; when false it is shown as text, never run
 */
public record MarkdownOptions(boolean frenchTypography, boolean rawHtml) {
    /**
     * The record's own text, written out: the render cache's salt holds it, and the generated
     * toString is linked at its first call, fifty method handles spun on every build's main thread.
     * MarkdownOptionsTest checks that every component is in it.
     */
    @Override
    public String toString() {
        return "MarkdownOptions[frenchTypography=" + frenchTypography + ", rawHtml=" + rawHtml + "]";
    }
}
