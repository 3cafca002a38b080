package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.markdown.Rendered;
import dev.carnet.site.template.Attributes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ViewAttributes reads every attribute of every view as Pebble's reflection would, so none is left to the slow path. */
class ViewAttributesTest {
    private final ViewAttributes attributes = new ViewAttributes();

    @Test
    void readsEveryComponentAndEveryMethodWithoutArgumentsOfEveryView() throws Exception {
        List<Class<?>> views = views();
        assertThat(views).hasSizeGreaterThan(15);
        for (Class<?> view : views) {
            Object value = sample(view, 1);
            for (Method method : readable(view)) {
                Object expected = method.invoke(value);
                assertThat(attributes.get(value, method.getName())).as("%s.%s", view.getSimpleName(), method.getName())
                        .isNotSameAs(Attributes.UNKNOWN).isEqualTo(expected);
            }
        }
    }

    @Test
    void leavesOtherNamesAndOtherValuesToPebble() {
        Object tag = new dev.carnet.site.view.TagView("vélo", "velo", "/tags/velo/", 3, "/tags/velo/feed.xml");
        assertThat(attributes.get(tag, "absent")).isSameAs(Attributes.UNKNOWN);
        assertThat(attributes.get(tag, "hashCode")).isSameAs(Attributes.UNKNOWN);
        assertThat(attributes.get("text", "length")).isSameAs(Attributes.UNKNOWN);
        assertThat(attributes.get(null, "title")).isSameAs(Attributes.UNKNOWN);
    }

    /** Every record of site/view (nested ones too), the words and the table of contents' entries. */
    private static List<Class<?>> views() throws IOException, ClassNotFoundException {
        List<Class<?>> views = new ArrayList<>(List.of(UiText.class, Rendered.TocEntry.class));
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/carnet/site/view"))) {
            for (Path file : files.sorted().toList()) {
                Class<?> view = Class.forName("dev.carnet.site.view." + file.getFileName().toString().replace(".java", ""));
                views.add(view);
                views.addAll(Stream.of(view.getDeclaredClasses()).filter(Class::isRecord).toList());
            }
        }
        return views;
    }

    /** What a template can read without arguments: the public methods of the view itself, not Object's nor a record's own. */
    private static List<Method> readable(Class<?> view) {
        return Stream.of(view.getMethods())
                .filter(m -> m.getDeclaringClass() == view && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !List.of("hashCode", "toString").contains(m.getName()))
                .toList();
    }

    /** A value of {@code type} whose every component differs from the others ({@code seed} tells them apart). */
    private static Object sample(Class<?> type, int seed) throws ReflectiveOperationException {
        if (type == String.class) {
            return "text-" + seed;
        }
        if (type == int.class) {
            return seed;
        }
        if (type == boolean.class) {
            return seed % 2 == 0;
        }
        if (type == List.class) {
            return List.of();
        }
        RecordComponent[] parts = type.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = sample(types[i], seed * 31 + i);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }
}
