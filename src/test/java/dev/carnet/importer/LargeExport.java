package dev.carnet.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large, seeded WordPress export: monthly French posts of Gutenberg blocks with images,
 * lists and quotes, each with a few comments, until the file reaches the size asked. For the
 * bounded-memory test and the import benchmark ({@code java -cp … dev.carnet.importer.LargeExport out.xml 50}).
 */
public final class LargeExport {
    private static final String[] WORDS = ("atelier médiation numérique inclusion formation logiciel libre ordinateur "
            + "réparation quartier centre social bénévoles été hiver écrans données personnelles accompagnement "
            + "démarches en ligne imprimante tablette smartphone mot de passe courriel sauvegarde").split(" ");

    private LargeExport() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]) * 1024 * 1024, 42);
    }

    /** Writes posts until the file holds at least {@code bytes}; returns how many posts. */
    public static int write(Path file, long bytes, long seed) throws IOException {
        Random random = new Random(seed);
        int posts = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String head = """
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><title>Grand carnet</title><link>https://grand.exemple.fr</link>
                    <wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://grand.exemple.fr</wp:base_site_url>
                    """;
            out.write(head);
            written += head.length();
            while (written < bytes) {
                posts++;
                String item = item(posts, random);
                out.write(item);
                written += item.getBytes(StandardCharsets.UTF_8).length;
            }
            out.write("</channel>\n</rss>\n");
        }
        return posts;
    }

    private static String item(int n, Random random) {
        int year = 2000 + (n / 12) % 30;
        int month = 1 + n % 12;
        String slug = "note-" + n;
        StringBuilder content = new StringBuilder();
        for (int block = 0; block < 12; block++) {
            switch (block % 4) {
                case 0 -> content.append("<!-- wp:heading -->\n<h2>").append(words(random, 4)).append("</h2>\n<!-- /wp:heading -->\n\n");
                case 1 -> content.append("<!-- wp:list -->\n<ul><li>").append(words(random, 8)).append("</li><li>")
                        .append(words(random, 8)).append("</li></ul>\n<!-- /wp:list -->\n\n");
                case 2 -> content.append("<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://grand.exemple.fr/wp-content/uploads/")
                        .append(year).append(String.format("/%02d/", month)).append("photo-").append(n).append("-300x200.jpg\" alt=\"")
                        .append(words(random, 3)).append("\"/></figure>\n<!-- /wp:image -->\n\n");
                default -> content.append("<!-- wp:paragraph -->\n<p>").append(words(random, 60)).append(" &rsquo;")
                        .append(" <a href=\"https://grand.exemple.fr/?p=").append(1 + random.nextInt(n)).append("\">lien</a>.</p>\n<!-- /wp:paragraph -->\n\n");
            }
        }
        StringBuilder comments = new StringBuilder();
        for (int c = 0; c < 3; c++) {
            comments.append("<wp:comment><wp:comment_id>").append(n * 10 + c).append("</wp:comment_id><wp:comment_author><![CDATA[Lecteur ")
                    .append(c).append("]]></wp:comment_author><wp:comment_author_email>lecteur").append(c)
                    .append("@exemple.org</wp:comment_author_email><wp:comment_author_IP>192.0.2.").append(c)
                    .append("</wp:comment_author_IP><wp:comment_date_gmt>").append(String.format("%04d-%02d-02 10:00:0%d", year, month, c))
                    .append("</wp:comment_date_gmt><wp:comment_content><![CDATA[").append(words(random, 30))
                    .append("]]></wp:comment_content><wp:comment_approved>").append(c == 2 ? "spam" : "1")
                    .append("</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>\n");
        }
        return "<item><title><![CDATA[Note " + n + " : " + words(random, 3) + "]]></title>"
                + "<link>https://grand.exemple.fr/" + year + String.format("/%02d/", month) + "01/" + slug + "/</link>"
                + "<dc:creator>julien</dc:creator><content:encoded><![CDATA[" + content + "]]></content:encoded>"
                + "<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>" + n + "</wp:post_id>"
                + "<wp:post_date_gmt>" + String.format("%04d-%02d-01 08:00:00", year, month) + "</wp:post_date_gmt>"
                + "<wp:post_name>" + slug + "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                + "<category domain=\"post_tag\" nicename=\"t" + (n % 40) + "\"><![CDATA[étiquette " + (n % 40) + "]]></category>\n"
                + comments + "</item>\n";
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
