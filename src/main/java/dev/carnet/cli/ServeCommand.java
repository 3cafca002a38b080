package dev.carnet.cli;

import dev.carnet.error.Phrase;
import dev.carnet.error.UsageException;
import dev.carnet.model.Messages;
import dev.carnet.service.BlogServices;
import dev.carnet.service.UiLanguage;
import dev.carnet.service.RunningPreview;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site while you write, reloaded in the browser on every save.",
            "Served from memory on 127.0.0.1 and built again on every change of notes, pages, comments, static files, templates or carnet.yml; the page open in the browser reloads itself (Server-Sent Events, on the same port). A build that fails keeps the last good site and shows the problem on the page and here.",
            "Over SSH it prints the one ssh -L line that brings it to your machine. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Option(names = "--port", paramLabel = "N", defaultValue = "4000", description = "The port (default 4000; 0 for any free one).")
    int port;

    @Option(names = "--drafts", description = "Show drafts too.")
    boolean drafts;

    @Option(names = "--future", description = "Show notes dated in the future too.")
    boolean future;

    @Option(names = "--open", description = "Open the preview in this machine's browser (xdg-open, or open on macOS); over SSH, says to open it on yours.")
    boolean open;

    @Override
    public Integer call() throws InterruptedException {
        CliContext context = root.context();
        if (port < 0 || port > 65535) {
            throw new UsageException(Phrase.of("serve.badPort", String.valueOf(port)));
        }
        BlogServices blog = root.blog();
        Messages words = Messages.of("serve", UiLanguage.of(context.env(), blog));
        CountDownLatch stopped = new CountDownLatch(1);
        RunningPreview preview = blog.preview(context.clock(), drafts, future, port, root.text()::say, line -> {
            context.err().println(line);
            context.err().flush();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }));
        context.out().println(words.format("serve.address", preview.address()));
        preview.tunnel(context.env()).ifPresent(line -> context.out().println(words.format("serve.tunnel", line,
                preview.address())));
        if (open) {
            context.out().println(openBrowser(context, words, preview));
        }
        context.out().println(words.text("serve.stop"));
        context.out().flush();
        stopped.await();
        return CarnetCli.OK;
    }

    /** A browser of this machine's desktop, never over SSH (the browser that matters is at the tunnel's other end). */
    private static String openBrowser(CliContext context, Messages words, RunningPreview preview) {
        if (preview.tunnel(context.env()).isPresent()) {
            return words.text("serve.openOverSsh");
        }
        String opener = System.getProperty("os.name", "").startsWith("Mac") ? "open" : "xdg-open";
        try {
            new ProcessBuilder(opener, preview.address().toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return words.format("serve.opened", opener);
        } catch (IOException e) {
            return words.format("serve.noOpener", opener, preview.address());
        }
    }
}
