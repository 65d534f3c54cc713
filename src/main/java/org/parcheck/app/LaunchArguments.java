package org.parcheck.app;

/**
 * Whether ParCheck's arguments start the window or a command, decided before anything else is loaded (#18 §2, the
 * window's start-up): no arguments, only {@code --data-dir DIR} (or {@code --data-dir=DIR}), {@code --demo}, or a
 * {@code .parcheck} file start the window; anything else is the {@code parcheck} command line. Kept apart from the
 * command line ({@code app.cli.ParCheckCli}) so that a start of the window does not load picocli: looking up its
 * first class opens every library jar before it on the class path, about 0.1 s of CPU before the first frame
 * (docs/performance.md, "Start-up").
 */
public final class LaunchArguments {

    private LaunchArguments() {
    }

    /** True when {@code args} start the window, false when they are a command (or a mistake the CLI reports). */
    public static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (DataFolder.ARGUMENT.equals(arg) && i + 1 < args.length) {
                i++;
            } else if (!isDataDirWithValue(arg) && !FirstStart.DEMO_ARGUMENT.equals(arg)
                    && LaunchFile.packageIn(new String[] {arg}).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code --data-dir=DIR}. Without a string concatenation: on JDK 25 the first one spins a class at run time, a few
     * milliseconds before the window's first frame (docs/performance.md "Session 8").
     */
    private static boolean isDataDirWithValue(String arg) {
        return arg.startsWith(DataFolder.ARGUMENT) && arg.startsWith("=", DataFolder.ARGUMENT.length());
    }
}
