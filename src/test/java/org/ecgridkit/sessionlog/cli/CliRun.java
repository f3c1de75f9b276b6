package org.ecgridkit.sessionlog.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of {@code sessionlog}, with its own environment, standard input and output,
 * and its transcript: the command, the exit code and both streams, as the golden files hold them.
 *
 * @param shownArgs the arguments as the transcript shows them (placeholders such as {@code $ENDPOINT})
 * @param environmentSet whether {@code ECGRID_SESSION_ID} was set
 * @param exitCode what the tool returned
 * @param stdout everything printed on standard output
 * @param stderr everything printed on standard error
 */
record CliRun(List<String> shownArgs, boolean environmentSet, int exitCode, String stdout, String stderr) {

    /** Runs the tool with {@code args}, where {@code shownArgs} is how the transcript should show them. */
    static CliRun of(List<String> args, List<String> shownArgs, Map<String, String> environment, String stdin) {
        return of(args, shownArgs, environment, stdin, loginName -> null);
    }

    /** Runs the tool as {@link #of(List, List, Map, String)} does, with a terminal that answers the password prompt. */
    static CliRun of(List<String> args, List<String> shownArgs, Map<String, String> environment, String stdin,
                     PasswordPrompt prompt) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SessionLogCli.run(args.toArray(String[]::new), environment,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), prompt,
                new PrintWriter(out), new PrintWriter(err));
        return new CliRun(shownArgs, environment.containsKey(SessionLogCommand.SESSION_ID_ENV), exitCode,
                out.toString(), err.toString());
    }

    /** The golden-file form of the run. */
    String transcript() {
        return "$ sessionlog " + String.join(" ", shownArgs) + "\n"
                + (environmentSet ? "# " + SessionLogCommand.SESSION_ID_ENV + " is set\n" : "")
                + "exit " + exitCode + "\n"
                + "--- stdout\n" + stdout
                + "--- stderr\n" + stderr;
    }
}
