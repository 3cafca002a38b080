package dev.carnet.site.view;

/** Where a paginated listing is; the URLs are empty where there is no such page. */
public record PaginationView(int page, int pages, String newerUrl, String olderUrl) {
}
