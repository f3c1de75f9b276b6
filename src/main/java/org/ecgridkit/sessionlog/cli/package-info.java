/**
 * The {@code sessionlog} command-line tool: prints a user's session log as a table, CSV or JSON.
 * Run it as {@code java -jar target/sessionlog.jar}; {@link org.ecgridkit.sessionlog.cli.SessionLogCli}
 * is the entry point. <strong>Not API:</strong> the package is not exported, and only the
 * tool's options, output formats and exit codes are meant to be relied on.
 */
package org.ecgridkit.sessionlog.cli;
