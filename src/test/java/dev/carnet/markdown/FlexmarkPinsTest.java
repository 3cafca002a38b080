package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fails loudly when flexmark changes under carnet. CopyFreeInlineParser subclasses flexmark's
 * inline parser and reads its protected state; HtmlEmitter, LinkHtml, FootnoteHtml and
 * TextRenderer write what flexmark's renderers write. A new flexmark may change either without a
 * compile error: read the classes named in the failure again, run RendererDifferentialTest, then
 * update the pins here.
 */
class FlexmarkPinsTest {
    private static final String VERSION = "0.64.8";
    /** The flexmark classes carnet copies or extends, by the SHA-256 of their class files in 0.64.8. */
    private static final Map<String, String> CLASSES = Map.of(
            "com.vladsch.flexmark.parser.internal.CommonmarkInlineParser", "dd60e71771d589c9aa74ee768bd76cbd2680993e4e46aeecd1e34f9e6e5458eb",
            "com.vladsch.flexmark.html.renderer.CoreNodeRenderer", "bddafacd7e7587e361dec1ed5ce6eab649145d1fcf9f85207f72d82c6a21eb89",
            "com.vladsch.flexmark.ext.footnotes.internal.FootnoteNodeRenderer", "9e196724f210cf2051e2a0329b10b9a927e06e2fd0367d1e5642348b114043ab",
            "com.vladsch.flexmark.ext.tables.internal.TableNodeRenderer", "edf2a7a00bd9887f6c7e47ebfcfff63eedc949777c47fdb7bd0a5bd7e6fa0536",
            "com.vladsch.flexmark.ext.typographic.internal.TypographicNodeRenderer", "a87a7d5bda313f80620b2ef2d2b3bd9cefb22b9c88cbbf18476376835c08654f",
            "com.vladsch.flexmark.ext.typographic.internal.QuoteDelimiterProcessorBase", "3bf7f2ad3eb333d508362a0f0f865351263ed7a5cb76daa2d2b3f8bd43d42e8e",
            "com.vladsch.flexmark.ext.gfm.strikethrough.internal.StrikethroughNodeRenderer", "eb9ee657b6013afb344b382913b2cd9b7b5cfb8c95fcd275c2d59c034f73abe9");

    @Test
    void runsWithTheFlexmarkVersionItWasProvedAgainst() throws IOException {
        for (String artifact : List.of("flexmark", "flexmark-ext-tables", "flexmark-ext-footnotes", "flexmark-ext-typographic",
                "flexmark-ext-gfm-strikethrough", "flexmark-ext-attributes")) {
            Properties properties = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/com.vladsch.flexmark/" + artifact + "/pom.properties")) {
                assertThat(in).as("pom.properties of " + artifact).isNotNull();
                properties.load(in);
            }
            assertThat(properties.getProperty("version")).as("%s: carnet's HTML writers and inline parser copy flexmark %s internals; "
                    + "check them against the new version (see this test's comment)", artifact, VERSION).isEqualTo(VERSION);
        }
    }

    @Test
    void findsTheFlexmarkClassesItCopiesUnchanged() throws Exception {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> pin : CLASSES.entrySet()) {
            if (!sha256(pin.getKey()).equals(pin.getValue())) {
                changed.add(pin.getKey());
            }
        }
        assertThat(changed).as("flexmark classes changed since carnet copied their behaviour: re-read them, run "
                + "RendererDifferentialTest, update the pins").isEmpty();
    }

    @Test
    void findsTheInlineParserMembersCopyFreeInlineParserUses() throws NoSuchMethodException, NoSuchFieldException {
        Class<CommonmarkInlineParser> parser = CommonmarkInlineParser.class;
        for (String field : List.of("index", "input", "specialCharacters", "currentText", "block")) {
            Field f = field(parser, field);
            assertThat(Modifier.isProtected(f.getModifiers()) || Modifier.isPublic(f.getModifiers())).as(field).isTrue();
        }
        assertThat(parser.getMethod("match", Pattern.class).getReturnType()).isEqualTo(BasedSequence.class);
        assertThat(parser.getMethod("matchWithGroups", Pattern.class).getReturnType()).isEqualTo(BasedSequence[].class);
        assertThat(parser.getMethod("flushTextNode").getReturnType()).isEqualTo(boolean.class);
        Method parseString = method(parser, "parseString");
        assertThat(Modifier.isProtected(parseString.getModifiers())).isTrue();
        assertThat(parser.getMethod("appendText", BasedSequence.class, int.class, int.class)).isNotNull();
        // Every method CopyFreeInlineParser overrides must still be one flexmark calls.
        for (Method own : CopyFreeInlineParser.class.getDeclaredMethods()) {
            if (!Modifier.isPrivate(own.getModifiers()) && !Modifier.isStatic(own.getModifiers())) {
                assertThat(overrides(own)).as("CopyFreeInlineParser.%s overrides a flexmark method", own.getName()).isTrue();
            }
        }
    }

    private static boolean overrides(Method own) {
        for (Class<?> type = own.getDeclaringClass().getSuperclass(); type != null; type = type.getSuperclass()) {
            try {
                type.getDeclaredMethod(own.getName(), own.getParameterTypes());
                return true;
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return false;
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                return t.getDeclaredMethod(name);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + "(): CopyFreeInlineParser overrides it");
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                return t.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name + ": CopyFreeInlineParser reads it");
    }

    private static String sha256(String className) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = FlexmarkPinsTest.class.getResourceAsStream("/" + className.replace('.', '/') + ".class")) {
            assertThat(in).as(className).isNotNull();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
