package dev.carnet.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Wraps the description of every command at spaces only. picocli wraps with the JDK's line
 * breaker, which breaks after a dot that starts a word, so ".gitignore" became ". gitignore" and
 * "~/.ssh" became "~/. ssh" across two lines.
 */
final class HelpText {
    private HelpText() {
    }

    static void install(CommandLine cli) {
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> wrap(help.commandSpec().usageMessage().description(), help.commandSpec().usageMessage().width()));
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpText::optionList);
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpText::parameterList);
        cli.getSubcommands().values().stream().distinct().forEach(HelpText::install);
    }

    /** Names in picocli's columns (so the list looks as before), descriptions wrapped at spaces. */
    private static String optionList(CommandLine.Help help) {
        List<CommandLine.Model.OptionSpec> options = new ArrayList<>(help.commandSpec().options().stream()
                .filter(o -> !o.hidden()).toList());
        if (help.commandSpec().usageMessage().sortOptions()) {
            options.sort(Comparator.comparing(o -> o.shortestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT)));
        }
        List<String[]> rows = new ArrayList<>();
        for (CommandLine.Model.OptionSpec option : options) {
            String shortName = Arrays.stream(option.names()).filter(n -> n.length() == 2).findFirst().orElse(null);
            List<String> longNames = Arrays.stream(option.names()).filter(n -> n.length() != 2).toList();
            String label = help.createDefaultParamLabelRenderer().renderParameterLabel(option, help.colorScheme().ansi(), List.of()).plainString();
            String names = "  " + (shortName == null ? "    " : shortName + (longNames.isEmpty() ? "" : ", "))
                    + String.join(", ", longNames) + label;
            rows.add(new String[] {names, String.join(" ", option.description())});
        }
        return table(rows, help.commandSpec().usageMessage().width());
    }

    private static String parameterList(CommandLine.Help help) {
        List<String[]> rows = new ArrayList<>();
        for (CommandLine.Model.PositionalParamSpec param : help.commandSpec().positionalParameters()) {
            if (!param.hidden()) {
                String label = help.createDefaultParamLabelRenderer().renderParameterLabel(param, help.colorScheme().ansi(), List.of()).plainString();
                rows.add(new String[] {"      " + label, String.join(" ", param.description())});
            }
        }
        return table(rows, help.commandSpec().usageMessage().width());
    }

    private static String table(List<String[]> rows, int width) {
        int names = 2 + rows.stream().mapToInt(r -> r[0].stripTrailing().length()).filter(n -> n <= 24).max().orElse(20);
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            String name = row[0].stripTrailing();
            boolean ownLine = name.length() + 2 > names;
            List<String> lines = lines(row[1], Math.max(20, width - names - 2));
            out.append(name);
            if (ownLine) {
                out.append(System.lineSeparator());
            }
            for (int i = 0; i < lines.size(); i++) {
                int pad = i == 0 && !ownLine ? names - name.length() : names + (i > 0 || ownLine ? 2 : 0);
                out.append(" ".repeat(pad)).append(lines.get(i)).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    static String wrap(String[] paragraphs, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : paragraphs) {
            for (String line : lines(paragraph, width)) {
                out.append(line).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    static List<String> lines(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
