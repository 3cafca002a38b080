package dev.carnet.site;

import dev.carnet.error.Phrase;
import dev.carnet.store.ByteReader;
import dev.carnet.store.ByteWriter;
import dev.carnet.store.ChecksummedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last build into a folder made, kept in {@code .carnet/build/}: the stamp of every file
 * it read, the key of every file it wrote, and what it told the author. The next build renders
 * and writes only the pages whose key changed; when no input changed at all it does nothing.
 *
 * <p>The file ends with a CRC-32C of everything before it. A truncated, damaged or foreign index
 * (another carnet, other settings, another folder) is not trusted: the build is then a full one,
 * which writes a new index. The index only ever saves time.
 *
 * @param salt what every key was made under (carnet's version, the options, the output folder,
 *     the templates and carnet.yml): another salt makes every key meaningless
 * @param marker the stamp of the output folder's {@link OutputFolder#MARKER}: a folder deleted or
 *     replaced since is not the one the keys describe
 * @param nextChange when the site changes with no file changing (a note dated in the future is
 *     due), in epoch milliseconds; {@link Long#MAX_VALUE} when never
 * @param outputs each file of the site and its key (a hash of what it was made from, or of its bytes)
 * @param listing what the pages showed of the notes ({@link SiteListing})
 * @param folders the stamp of each folder of the site ({@link SiteFolders}), from its top; empty when not known
 */
record BuildIndex(String salt, InputStamps.Stamp marker, long nextChange, Counts counts, List<Phrase> warnings,
                  Map<String, InputStamps.Stamp> inputs, Map<String, Long> outputs, long listing,
                  Map<String, InputStamps.Stamp> folders) {
    private static final int MAGIC = 0x43424958; // "CBIX"
    private static final int FORMAT = 5; // 5: warnings kept as phrases, said in the language of the run that shows them

    /** The report's figures, for a build that had nothing to do. */
    record Counts(int notes, int pages, int htmlFiles, int feeds, int otherFiles, int staticFiles) {
    }

    /** Takes the maps it is given (each build makes its own) rather than copying 20,000 entries of each on every build. */
    BuildIndex {
        warnings = List.copyOf(warnings);
        inputs = Collections.unmodifiableMap(inputs);
        outputs = Collections.unmodifiableMap(outputs);
        folders = Collections.unmodifiableMap(folders);
    }

    /** The index in {@code file} when it is whole and was made under {@code salt}, else null. */
    static BuildIndex read(Path file, String salt) {
        try {
            ByteReader in = ChecksummedFile.read(file);
            if (in == null) {
                return null;
            }
            if (in.number() != MAGIC || in.number() != FORMAT || !in.text().equals(salt)) {
                return null;
            }
            InputStamps.Stamp marker = stamp(in);
            long nextChange = in.wide();
            Counts counts = new Counts(in.number(), in.number(), in.number(), in.number(), in.number(), in.number());
            int warningCount = in.number();
            List<Phrase> warnings = new ArrayList<>(warningCount);
            for (int i = 0; i < warningCount; i++) {
                String key = in.text();
                Object[] args = new Object[in.number()];
                for (int a = 0; a < args.length; a++) {
                    args[a] = in.text();
                }
                warnings.add(Phrase.of(key, args));
            }
            int inputCount = in.number();
            Map<String, InputStamps.Stamp> inputs = new HashMap<>(inputCount * 2);
            for (int i = 0; i < inputCount; i++) {
                inputs.put(in.text(), stamp(in));
            }
            int outputCount = in.number();
            Map<String, Long> outputs = new HashMap<>(outputCount * 2);
            for (int i = 0; i < outputCount; i++) {
                outputs.put(in.text(), in.wide());
            }
            long listing = in.wide();
            int folderCount = in.number();
            Map<String, InputStamps.Stamp> folders = new LinkedHashMap<>(folderCount * 2); // in its order: see SiteFolders
            for (int i = 0; i < folderCount; i++) {
                folders.put(in.text(), stamp(in));
            }
            return in.atEnd() ? new BuildIndex(salt, marker, nextChange, counts, warnings, inputs, outputs, listing, folders) : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: a full build makes a new one
        }
    }

    /** Writes the index atomically: a build killed meanwhile leaves the old index or this one. */
    void write(Path file) {
        try {
            ByteWriter out = new ByteWriter(96 * (inputs.size() + outputs.size() + folders.size()) + 1024);
            out.number(MAGIC);
            out.number(FORMAT);
            text(out, salt);
            stamp(out, marker);
            out.wide(nextChange);
            for (int n : new int[] {counts.notes(), counts.pages(), counts.htmlFiles(), counts.feeds(), counts.otherFiles(), counts.staticFiles()}) {
                out.number(n);
            }
            out.number(warnings.size());
            for (Phrase warning : warnings) {
                text(out, warning.key());
                out.number(warning.args().size());
                for (Object arg : warning.args()) {
                    String value = String.valueOf(arg);
                    text(out, value.length() > 10_000 ? value.substring(0, 10_000) : value);
                }
            }
            out.number(inputs.size());
            for (Map.Entry<String, InputStamps.Stamp> input : inputs.entrySet()) {
                text(out, input.getKey());
                stamp(out, input.getValue());
            }
            out.number(outputs.size());
            for (Map.Entry<String, Long> output : outputs.entrySet()) {
                text(out, output.getKey());
                out.wide(output.getValue());
            }
            out.wide(listing);
            out.number(folders.size());
            for (Map.Entry<String, InputStamps.Stamp> folder : folders.entrySet()) {
                text(out, folder.getKey());
                stamp(out, folder.getValue());
            }
            ChecksummedFile.write(file, out);
        } catch (IOException | RuntimeException e) {
            // Without an index the next build is a full one: slower, never wrong.
            forget(file);
        }
    }

    /** Deletes the index (before a build changes the folder it describes in place). */
    static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStamps.Stamp stamp(ByteReader in) {
        return new InputStamps.Stamp(in.wide(), in.wide(), in.wide());
    }

    private static void text(ByteWriter out, String text) {
        out.text(text);
    }

    private static void stamp(ByteWriter out, InputStamps.Stamp stamp) {
        out.wide(stamp.size());
        out.wide(stamp.modified());
        out.wide(stamp.identity());
    }
}
