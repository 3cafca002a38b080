package dev.carnet.cli;

/** The {@code carnet} program. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CliContext context = CliContext.system();
        int code = CarnetCli.run(context, args);
        context.out().flush();
        context.err().flush();
        System.exit(code);
    }
}
