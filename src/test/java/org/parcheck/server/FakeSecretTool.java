package org.parcheck.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in for Linux's {@code secret-tool} (libsecret), first on a PATH: it keeps each secret in a file of its own
 * folder (outside any data folder), keyed by the attributes, and writes every command line it was given to
 * {@code argv.log}, so a test can tell that no password went on a command line.
 */
public final class FakeSecretTool {

    private final Path bin;
    private final Path store;

    private FakeSecretTool(Path bin, Path store) {
        this.bin = bin;
        this.store = store;
    }

    /** Installs the fake in {@code folder}/bin; {@code failing}: every call exits 1 (a locked or absent keyring). */
    public static FakeSecretTool install(Path folder, boolean failing) throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path store = Files.createDirectories(folder.resolve("store"));
        String script = "#!/bin/sh\n"
                + "echo \"$@\" >> '" + store.resolve("argv.log") + "'\n"
                + (failing ? "exit 1\n" : "")
                + "verb=$1; shift\n"
                + "if [ \"$1\" = \"--label\" ]; then shift 2; fi\n"
                + "key=$(echo \"$@\" | sha256sum | cut -c1-32)\n"
                + "file='" + store + "'/$key.secret\n"
                + "case $verb in\n"
                + "  store) cat > \"$file\" ;;\n"
                + "  lookup) [ -f \"$file\" ] || exit 1; cat \"$file\" ;;\n"
                + "  clear) rm -f \"$file\" ;;\n"
                + "  *) exit 2 ;;\n"
                + "esac\n";
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, script);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new FakeSecretTool(bin, store);
    }

    /** A PATH with the fake first. */
    public String path() {
        return bin + File.pathSeparator + System.getenv("PATH");
    }

    /** The credentials of a Linux with this fake. */
    public ServerCredentials credentials() {
        return ServerCredentials.forSystem("Linux", path());
    }

    /** Every command line the fake was given. */
    public String commandLines() throws IOException {
        Path log = store.resolve("argv.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
