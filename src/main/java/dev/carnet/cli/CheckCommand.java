package dev.carnet.cli;

import dev.carnet.service.CheckFinding;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the site before publishing it.",
            "Builds the site in memory and reports, one line each with file and line: broken internal links and anchors, missing images, images without alt text, links that leave the base path, feed items with relative URLs, redirects.yml lines leading to a tag no note has (errors), and long notes without a summary (warnings). Exit code 1 if there is any error."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Option(names = "--drafts", description = "Check drafts too.")
    boolean drafts;

    @Option(names = "--summary-words", paramLabel = "N", defaultValue = "600",
            description = "Warn about notes longer than N words without a summary (default: ${DEFAULT-VALUE}).")
    int summaryWords;

    @Override
    public Integer call() {
        CliContext context = root.context();
        List<CheckFinding> findings = root.blog().site(context.clock()).check(drafts, summaryWords);
        long errors = findings.stream().filter(CheckFinding::error).count();
        long warnings = findings.size() - errors;
        for (CheckFinding finding : findings) {
            context.out().println(root.text().format(finding.error() ? "error" : "warning", root.text().say(finding.message())));
        }
        context.out().println(errors == 0 && warnings == 0 ? root.text().text("check.fine") : root.text().format("check.found", errors, warnings));
        return errors > 0 ? CarnetCli.USER_ERROR : CarnetCli.OK;
    }
}
