package org.parcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Where the server password is (#17): asked each time (the default, and the only way where the system has no store
 * ParCheck can use), or kept in the operating system's own credential store at the user's choice:
 * <ul>
 *   <li>Linux: the Secret Service (GNOME Keyring, KWallet) through {@code secret-tool} (package libsecret-tools),
 *       when it is on the PATH;</li>
 *   <li>macOS: the login keychain through {@code security} (generic password);</li>
 *   <li>Windows: none: asked each time (Credential Manager would need native code or a new dependency).</li>
 * </ul>
 * The password never goes on a command line (other users could read it there): it is written to the tool's standard
 * input. Never in a file of ParCheck's. Calls wait for the tool (it may ask to unlock the keyring): call them in the
 * background.
 */
public final class ServerCredentials {

    private static final Logger LOG = Logger.getLogger(ServerCredentials.class.getName());
    private static final long WAIT_SECONDS = 60;
    /** The {@code service} attribute (Linux) and the service name prefix (macOS) of ParCheck's entries. */
    static final String SERVICE = "parcheck";

    /** Which store is used. */
    public enum Store {
        /** Asked each time: no store here (Windows, or Linux without secret-tool). */
        ASK,
        /** Linux Secret Service through secret-tool. */
        LINUX_SECRET_SERVICE,
        /** The macOS keychain through security. */
        MACOS_KEYCHAIN
    }

    private final Store store;
    private final Path tool;

    private ServerCredentials(Store store, Path tool) {
        this.store = store;
        this.tool = tool;
    }

    /** The store of this computer. */
    public static ServerCredentials forThisSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getenv("PATH"));
    }

    /** The store for an operating system name and a PATH (for tests: a fake secret-tool first on the PATH). */
    public static ServerCredentials forSystem(String osName, String path) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            Path security = onPath("security", path);
            return security != null ? new ServerCredentials(Store.MACOS_KEYCHAIN, security) : asking();
        }
        if (os.contains("linux") || os.contains("bsd")) {
            Path secretTool = onPath("secret-tool", path);
            return secretTool != null ? new ServerCredentials(Store.LINUX_SECRET_SERVICE, secretTool) : asking();
        }
        return asking();
    }

    /** Always asks. */
    public static ServerCredentials asking() {
        return new ServerCredentials(Store.ASK, null);
    }

    public Store store() {
        return store;
    }

    /** Whether a password can be kept here. */
    public boolean canKeep() {
        return store != Store.ASK;
    }

    /** The kept password for the address, if one is kept and the store answers; the caller wipes it after use. */
    public Optional<char[]> read(ServerAddress address) {
        List<String> command = switch (store) {
            case ASK -> null;
            case LINUX_SECRET_SERVICE -> linux("lookup", address);
            case MACOS_KEYCHAIN -> List.of(tool.toString(), "find-generic-password", "-s", service(address), "-a",
                    address.user(), "-w");
        };
        if (command == null) {
            return Optional.empty();
        }
        byte[] out = run(command, null);
        if (out == null || out.length == 0) {
            return Optional.empty();
        }
        int length = out.length;
        if (out[length - 1] == '\n') {
            length--;
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(out, 0, length));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            Arrays.fill(chars.array(), '\0');
            return password.length == 0 ? Optional.empty() : Optional.of(password);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(out, (byte) 0);
        }
    }

    /** Keeps the password for the address (replacing one kept before); false when the store refused. */
    public boolean keep(ServerAddress address, char[] password) {
        byte[] secret = utf8(password);
        try {
            return switch (store) {
                case ASK -> false;
                case LINUX_SECRET_SERVICE -> {
                    List<String> command = new ArrayList<>(List.of(tool.toString(), "store", "--label",
                            "ParCheck: " + address.user() + "@" + server(address)));
                    command.addAll(attributes(address));
                    yield run(command, secret) != null;
                }
                case MACOS_KEYCHAIN -> {
                    byte[] line = ("add-generic-password -U -s " + quoted(service(address)) + " -a "
                            + quoted(address.user()) + " -w ").getBytes(StandardCharsets.UTF_8);
                    byte[] all = concat(line, quotedBytes(secret), new byte[] {'\n'});
                    try {
                        yield run(List.of(tool.toString(), "-i"), all) != null;
                    } finally {
                        Arrays.fill(all, (byte) 0);
                    }
                }
            };
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Removes a password kept for the address, if any. */
    public void forget(ServerAddress address) {
        switch (store) {
            case ASK -> { }
            case LINUX_SECRET_SERVICE -> run(linux("clear", address), null);
            case MACOS_KEYCHAIN -> run(List.of(tool.toString(), "delete-generic-password", "-s", service(address),
                    "-a", address.user()), null);
        }
    }

    private List<String> linux(String verb, ServerAddress address) {
        List<String> command = new ArrayList<>(List.of(tool.toString(), verb));
        command.addAll(attributes(address));
        return command;
    }

    private static List<String> attributes(ServerAddress address) {
        return List.of("service", SERVICE, "server", server(address), "user", address.user());
    }

    private static String server(ServerAddress address) {
        return address.host() + ":" + address.port() + "/" + address.database();
    }

    private static String service(ServerAddress address) {
        return SERVICE + " " + server(address);
    }

    /** Runs the tool, writing {@code input} to it; its output, or null when it failed or took too long. */
    private static byte[] run(List<String> command, byte[] input) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.warning("The credential store could not be used: " + e.getMessage());
            return null;
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input);
                }
            }
            byte[] out;
            try (InputStream stdout = process.getInputStream()) {
                out = readAll(stdout);
            }
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warning("The credential store did not answer in time: " + command.get(1));
                return null;
            }
            if (process.exitValue() != 0) {
                Arrays.fill(out, (byte) 0);
                LOG.info(() -> "The credential store said no (" + process.exitValue() + ") to " + command.get(1));
                return null;
            }
            return out;
        } catch (IOException e) {
            process.destroyForcibly();
            LOG.warning("The credential store failed: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
        Arrays.fill(buffer, (byte) 0);
        return out.toByteArray();
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return out;
    }

    /** A word for security's interactive mode: in double quotes, with {@code "} and {@code \} escaped. */
    private static String quoted(String word) {
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static byte[] quotedBytes(byte[] secret) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(secret.length + 8);
        out.write('"');
        for (byte b : secret) {
            if (b == '"' || b == '\\') {
                out.write('\\');
            }
            out.write(b);
        }
        out.write('"');
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            Arrays.fill(p, (byte) 0);
            at += p.length;
        }
        return all;
    }

    private static Path onPath(String name, String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a folder name: skip it, as the shell does
            }
        }
        return null;
    }
}
