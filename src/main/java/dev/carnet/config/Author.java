package dev.carnet.config;

import java.util.List;

/** The person behind the blog, shown in the author box of every note. */
public record Author(String name, String bio, String portrait, String email, List<Link> links) {
    public Author {
        links = List.copyOf(links);
    }

    public record Link(String label, String url) {
    }
}
