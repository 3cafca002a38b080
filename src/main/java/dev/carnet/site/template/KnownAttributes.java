package dev.carnet.site.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.util.List;

/** {@link Attributes} as a Pebble resolver, asked before Pebble's own; a call with arguments is always Pebble's. */
final class KnownAttributes implements AttributeResolver {
    private final Attributes attributes;

    private KnownAttributes(Attributes attributes) {
        this.attributes = attributes;
    }

    static AbstractExtension extension(Attributes attributes) {
        List<AttributeResolver> resolvers = List.of(new KnownAttributes(attributes));
        return new AbstractExtension() {
            @Override
            public List<AttributeResolver> getAttributeResolver() {
                return resolvers;
            }
        };
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues, ArgumentsNode args,
            EvaluationContextImpl context, String filename, int lineNumber) {
        if (argumentValues != null && argumentValues.length > 0 || !(attributeName instanceof String name)) {
            return null;
        }
        Object value = attributes.get(instance, name);
        return value == Attributes.UNKNOWN ? null : new ResolvedAttribute(value);
    }
}
