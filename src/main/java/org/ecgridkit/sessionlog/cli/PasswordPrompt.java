package org.ecgridkit.sessionlog.cli;

import java.io.Console;

/** Asks the person at the terminal for a password, without echo. */
@FunctionalInterface
interface PasswordPrompt {

    /**
     * Asks for the password of a login name.
     *
     * @param loginName whose password
     * @return the password, or null when there is no terminal to ask on (or it was closed)
     */
    char[] passwordFor(String loginName);

    /** The JVM's console: none when standard input or output is redirected. */
    static PasswordPrompt console() {
        return loginName -> {
            Console console = System.console();
            return console == null ? null : console.readPassword("ECGridOS password for %s: ", loginName);
        };
    }
}
