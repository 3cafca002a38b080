package dev.carnet.site.template;

/**
 * Reads an attribute of a value a template is given ({@code note.title}) without reflection:
 * Pebble's own resolver looks each one up and calls it through {@code Method.invoke}, which on
 * a cold build of 1,000 notes was a third of the templates' time and 131 accessor classes
 * generated at run time. What this does not know, Pebble's resolver still reads, with the same
 * errors for a name that does not exist (strict variables).
 */
public interface Attributes {
    /** What {@link #get} answers for a value or a name it does not know. */
    Object UNKNOWN = new Object();

    /** Knows nothing: every attribute is Pebble's to read. */
    Attributes NONE = (target, name) -> UNKNOWN;

    /** The attribute {@code name} of {@code target} (maybe null), or {@link #UNKNOWN}. */
    Object get(Object target, String name);
}
