package org.parcheck.app.cli;

import java.util.Arrays;
import java.util.Optional;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ExchangeService;

/**
 * Where the command line gets a password (#19): an environment variable, else the console (typed without echo),
 * never an argument, so that it shows neither in the shell's history nor in the process list. Without either a
 * command says which variable to set and exits {@link #EXIT_CODE}.
 */
final class Passwords {

    /** The data folder's password. */
    static final String FOLDER_VARIABLE = "PARCHECK_PASSWORD";
    /** A package's password: the one a package is protected with, or opened with. */
    static final String PACKAGE_VARIABLE = "PARCHECK_PACKAGE_PASSWORD";
    /** A password is needed and none could be had, it is wrong, or the two typed differ, or it is too short. */
    static final int EXIT_CODE = 10;

    private final CliContext context;

    Passwords(CliContext context) {
        this.context = context;
    }

    private Messages messages() {
        return context.messages();
    }

    /** The protected data folder's password: {@value #FOLDER_VARIABLE}, else asked once; empty: said why. */
    Optional<char[]> folder() {
        return existing(FOLDER_VARIABLE, "app.cli.password.folderPrompt", "app.cli.password.folderNeeded");
    }

    /** The province server's password (#17): {@value SyncCommand#PASSWORD_VARIABLE}, else asked once. */
    Optional<char[]> server() {
        return existing(SyncCommand.PASSWORD_VARIABLE, "sync.cli.passwordPrompt", "sync.cli.passwordNeeded");
    }

    /** The password of a protected package being imported: {@value #PACKAGE_VARIABLE}, else asked once. */
    Optional<char[]> packageToOpen() {
        return existing(PACKAGE_VARIABLE, "app.cli.password.packagePrompt", "app.cli.password.packageNeeded");
    }

    /**
     * The password a package is protected with: {@value #PACKAGE_VARIABLE}, else asked twice; at least
     * {@link ExchangeService#MIN_PASSWORD_LENGTH} characters. Empty: said why on {@code err}.
     */
    Optional<char[]> newPackage() {
        char[] password = fromEnvironment(PACKAGE_VARIABLE);
        if (password == null) {
            if (context.console() == null) {
                context.err().println(messages().get("app.cli.password.newPackageNeeded", PACKAGE_VARIABLE));
                return Optional.empty();
            }
            password = ask("app.cli.password.newPackagePrompt");
            char[] again = password == null ? null : ask("app.cli.password.repeatPrompt");
            if (password == null || again == null || !Arrays.equals(password, again)) {
                wipe(password);
                wipe(again);
                context.err().println(messages().get("app.cli.password.mismatch"));
                return Optional.empty();
            }
            wipe(again);
        }
        if (password.length < ExchangeService.MIN_PASSWORD_LENGTH) {
            wipe(password);
            context.err().println(messages().get("app.cli.password.tooShort", ExchangeService.MIN_PASSWORD_LENGTH));
            return Optional.empty();
        }
        return Optional.of(password);
    }

    private Optional<char[]> existing(String variable, String promptKey, String neededKey) {
        char[] password = fromEnvironment(variable);
        if (password == null && context.console() != null) {
            password = ask(promptKey);
        }
        if (password == null || password.length == 0) {
            context.err().println(messages().get(neededKey, variable));
            return Optional.empty();
        }
        return Optional.of(password);
    }

    private char[] fromEnvironment(String variable) {
        String value = context.env().get(variable);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    private char[] ask(String promptKey) {
        return context.console().readPassword(messages().get(promptKey) + " ");
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
