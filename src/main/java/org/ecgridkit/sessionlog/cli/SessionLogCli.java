package org.ecgridkit.sessionlog.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import org.ecgridkit.sessionlog.internal.failure.Secret;
import picocli.CommandLine;

/**
 * Entry point of the {@code sessionlog} command-line tool ({@code java -jar target/sessionlog.jar}).
 * Run it with {@code --help} for its options and exit codes.
 */
public final class SessionLogCli {

    private SessionLogCli() {
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out);
        PrintWriter err = new PrintWriter(System.err);
        int exitCode = run(args, System.getenv(), System.in, PasswordPrompt.console(), out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Runs the tool with the given environment, streams and password prompt, and returns its exit code. */
    static int run(String[] args, Map<String, String> environment, InputStream stdin, PasswordPrompt prompt,
                   PrintWriter out, PrintWriter err) {
        if (isVersionAlone(args)) {
            // Answered before picocli reads the command's annotations: building that model (by
            // reflection, over picocli's Java 5 classes, which class data sharing cannot archive)
            // is most of the start-up of a run that prints one line. picocli prints the same line.
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            return ExitCode.OK;
        }
        CommandLine commandLine = new CommandLine(new SessionLogCommand(environment, stdin, prompt))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((failure, arguments) -> {
                    // One line, as for every other failure, rather than picocli's message plus the whole usage.
                    FailureReport report = FailureReport.of(failure);
                    String sessionId = environment.get(SessionLogCommand.SESSION_ID_ENV);
                    String password = environment.get(SessionLogCommand.PASSWORD_ENV);
                    err.println("sessionlog: " + Secret.password(password).scrub(Secret.sessionId(sessionId).scrub(report.message())));
                    err.flush();
                    return report.exitCode();
                });
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** Whether the only argument is {@code --version} (or its short form), which the tool answers without parsing. */
    static boolean isVersionAlone(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }
}
