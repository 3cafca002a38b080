package dev.carnet.importer;

/**
 * A category or tag as an export names it: {@code domain} is {@code category} or {@code post_tag}
 * (other taxonomies keep their own), {@code nicename} the URL slug WordPress used, {@code name} what
 * readers saw. {@code parent} is the parent category's nicename, empty at the top.
 */
public record WxrTerm(String domain, String nicename, String name, String parent) {
    public boolean isCategory() {
        return domain.equals("category");
    }

    public boolean isTag() {
        return domain.equals("post_tag");
    }
}
