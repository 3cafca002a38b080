package dev.carnet.site;

import dev.carnet.markdown.Rendered;

/**
 * A note's rendering with a 64-bit hash of all of it (HTML, summary, table of contents, links,
 * words), made once when it is rendered and kept in the render cache beside it: a page's key then
 * stands for the note's HTML without hashing ten thousand notes' HTML again on every build.
 *
 * @param encoded the rendering as the cache writes it, when it was just made (else null)
 */
record HashedRendering(Rendered rendered, long hash, byte[] encoded) {
}
