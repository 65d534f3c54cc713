package org.parcheck.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ParCheck keeps its data: {@code --data-dir DIR}, else {@code PARCHECK_DATA_DIR}, else the per-user
 * application data folder of the operating system.
 */
public final class DataFolder {

    public static final String ENV_VARIABLE = "PARCHECK_DATA_DIR";
    public static final String ARGUMENT = "--data-dir";

    private DataFolder() {
    }

    public static Path resolve(String[] args, Map<String, String> env, String osName, String userHome) {
        for (int i = 0; i < args.length; i++) {
            if (ARGUMENT.equals(args[i]) && i + 1 < args.length) {
                return Path.of(args[i + 1]).toAbsolutePath().normalize();
            }
            if (args[i].startsWith(ARGUMENT + "=")) {
                return Path.of(args[i].substring(ARGUMENT.length() + 1)).toAbsolutePath().normalize();
            }
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return defaultFor(osName, env, userHome);
    }

    static Path defaultFor(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null && !appData.isBlank() ? appData : userHome, "ParCheck");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "ParCheck");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "parcheck");
        }
        return Path.of(userHome, ".local", "share", "parcheck");
    }

    public static Path resolve(String[] args) {
        return resolve(args, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
