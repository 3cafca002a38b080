package dev.carnet.store;

import java.time.OffsetDateTime;
import java.util.List;

/** The text of a note carnet creates: front matter in the order the author reads it, then the body. */
public final class NoteDrafts {
    private NoteDrafts() {
    }

    public static String newNote(String title, OffsetDateTime date, List<String> tags, boolean draft, String body) {
        StringBuilder text = new StringBuilder("---\n")
                .append("title: ").append(YamlValues.text(title)).append('\n')
                .append("date: ").append(YamlValues.dateTime(date)).append('\n')
                .append("tags: ").append(YamlValues.flowList(tags)).append('\n');
        if (draft) {
            text.append("draft: true\n");
        }
        return text.append("---\n\n").append(body).toString();
    }

    public static String page(String title, String body) {
        return "---\ntitle: " + YamlValues.text(title) + "\n---\n\n" + body;
    }

    /** A YAML scalar for carnet.yml, quoted whatever it holds. */
    public static String yamlText(String text) {
        return YamlValues.text(text);
    }
}
