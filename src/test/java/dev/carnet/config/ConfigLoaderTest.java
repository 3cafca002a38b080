package dev.carnet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    @Test
    void appliesDefaultsToAMinimalConfig() {
        BlogConfig config = ConfigLoader.parse("title: Carnet\n");
        assertThat(config.languageGiven()).isFalse();
        assertThat(ConfigLoader.parse("title: Carnet\nlanguage: fr\n").languageGiven()).isTrue();
        assertThat(config.language()).isEqualTo(Locale.FRENCH);
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.site().perPage()).isEqualTo(10);
        assertThat(config.site().feedItems()).isEqualTo(20);
        // Mastodon only with the author's instance: no third-party service in between.
        assertThat(config.site().share()).containsExactly("linkedin", "whatsapp", "email");
        assertThat(ConfigLoader.parse("title: x\nsite:\n  mastodon: Mastodon.Social\n").site().share())
                .containsExactly("linkedin", "whatsapp", "mastodon", "email");
        assertThat(config.site().comments()).isEqualTo("email");
        assertThat(config.publish().branch()).isEqualTo("gh-pages");
        assertThat(config.publish().history()).isEqualTo("keep");
        assertThat(config.base()).isEmpty();
        assertThat(config.monthlyTitle().format(YearMonth.of(2024, 6))).isEqualTo("Notes de juin 2024");
    }

    @Test
    void readsTheDesignExample() {
        BlogConfig config = ConfigLoader.parse("""
                title: "Carnet"
                description: "Notes mensuelles"
                language: en
                timezone: Europe/Paris
                baseUrl: https://someone.github.io/blog
                author:
                  name: "A. Author"
                  bio: "Digital mediator at a social centre."
                  portrait: images/portrait.jpg
                  email: author@example.org
                  links:
                    - { label: "CV / portfolio", url: "https://example.org/cv" }
                    - { label: "LinkedIn", url: "https://www.linkedin.com/in/someone" }
                notes:
                  monthlyTitle: "Notes of {month} {year}"
                site:
                  perPage: 5
                  feedItems: 30
                  share: [linkedin, email]
                  comments: none
                publish:
                  remote: origin
                  branch: pages
                  cname: blog.example.org
                  history: single
                """);
        assertThat(config.baseUrl()).hasToString("https://someone.github.io/blog/");
        assertThat(config.author().links()).extracting(Author.Link::label).containsExactly("CV / portfolio", "LinkedIn");
        assertThat(config.monthlyTitle().format(YearMonth.of(2024, 6))).isEqualTo("Notes of June 2024");
        assertThat(config.site().perPage()).isEqualTo(5);
        assertThat(config.site().share()).containsExactly("linkedin", "email");
        assertThat(config.publish().cname()).isEqualTo("blog.example.org");
        assertThat(config.publish().history()).isEqualTo("single");
        assertThat(ConfigLoader.parse("title: x\npublish:\n  host: codeberg\n").publish().branch()).isEqualTo("pages");
        assertThat(ConfigLoader.parse("title: x\npublish:\n  timeout: 120\n").publish().timeout()).isEqualTo(120);
        assertThat(ConfigLoader.parse("title: x\n").publish().timeout()).isEqualTo(60);
        assertThat(ConfigLoader.parse("title: x\npublish:\n  host: gitlab\n").publish().branch()).isEqualTo("gh-pages");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        title: x\\nsite:\\n  perpage: 5                 | carnet.yml:3: unknown setting 'site.perpage' (known: comments, feedItems, mastodon, perPage, share, shareCards)
        title: x\\nsite:\\n  shareCards: maybe         | carnet.yml:3: site.shareCards must be true or false, not 'maybe'
        title: x\\ntheme: dark                          | carnet.yml:2: theme must be one of carnet's themes (carnet, sidebar), not 'dark'
        title: x\\ncolour: dark                         | carnet.yml:2: unknown setting 'colour' (known: author, baseUrl, copyright, description, language, markdown, notes, publish, site, theme, timezone, title)
        language: fr                                     | carnet.yml:1: missing 'title'
        title: x\\ntimezone: Paris                      | carnet.yml:2: timezone must be a time zone like Europe/Paris, not 'Paris'
        title: x\\nbaseUrl: example.org/blog            | carnet.yml:2: baseUrl must be an absolute address starting with https:// (like https://someone.github.io/blog/), not 'example.org/blog'
        title: x\\nsite:\\n  perPage: ten              | carnet.yml:3: site.perPage must be a whole number from 1 to 1000, not 'ten'
        title: x\\nsite:\\n  share: [facebook]         | carnet.yml:3: site.share has 'facebook'; choose from [linkedin, whatsapp, mastodon, email]
        title: x\\nsite:\\n  mastodon: 'https://m.org/@me' | carnet.yml:3: site.mastodon must be your Mastodon instance's host name, like mastodon.social, not 'https://m.org/@me'
        title: x\\npublish:\\n  history: all          | carnet.yml:3: publish.history must be keep or single, not 'all'
        title: x\\nnotes:\\n  monthlyTitle: Notes     | carnet.yml:3: notes.monthlyTitle must contain {month} (and usually {year}), like "Notes de {month} {year}"
        title: x\\ntitle: y                            | carnet.yml:2: duplicate key 'title'
        title: x\\nlanguage: 'fr FR'                   | carnet.yml:2: language must be a language tag like fr, en or pt-BR, not 'fr FR'
        title: x\\nauthor:\\n  links:\\n    - { label: CV } | carnet.yml:4: missing 'author.links[0].url'
        title: x\\nauthor:\\n  links:\\n    - { label: a, url: 'https://x.org' }\\n    - { label: b, url: 'JaVaScRiPt:alert(1)' } | carnet.yml:5: author.links[1].url: scheme 'javascript' is not allowed (http, https, mailto, tel)
        title: x\\nauthor:\\n  links:\\n    - { label: a, url: '&#106;avascript:x' } | carnet.yml:4: author.links[0].url: scheme 'javascript' is not allowed (http, https, mailto, tel)
        title: x\\nauthor:\\n  links:\\n    - { label: a, url: 'data:text/html,x' } | carnet.yml:4: author.links[0].url: scheme 'data' is not allowed (http, https, mailto, tel)
        title: x\\nauthor:\\n  portrait: 'vbscript:x'   | carnet.yml:3: author.portrait: scheme 'vbscript' is not allowed (http, https, mailto, tel)
        title: x\\nbaseUrl: 'javascript:alert(1)//x/' | carnet.yml:2: baseUrl must be an absolute address starting with https:// (like https://someone.github.io/blog/), not 'javascript:alert(1)//x/'
        """)
    void namesTheFileLineAndSettingOfEachMistake(String yaml, String message) {
        assertThatThrownBy(() -> ConfigLoader.parse(yaml.replace("\\n", "\n")))
                .isInstanceOf(CarnetException.class)
                .hasMessage(message);
    }

    @Test
    void loadsTheSampleBlogsConfig() {
        BlogConfig config = ConfigLoader.load(Fixtures.resource("blog"));
        assertThat(config.title()).isEqualTo("Carnet de test");
        assertThat(config.author().name()).isEqualTo("A. Author");
    }
}
