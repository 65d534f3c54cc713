import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference of installer/bench-startup.sh: an empty JavaFX window, started from the same runtime with the same
 * options as ParCheck. Prints the same probe lines as ParCheck's start-up probe (PARCHECK_WINDOW_SHOWN_MS when the
 * window is shown, with PARCHECK_WINDOW_SHOWN_CPU_MS before it on Linux, then PARCHECK_DATABASE_READY_MS at once:
 * there is no database) and, with
 * -Dparcheck.startupProbe=exit, quits. A plain main class that launches the Application, as ParCheck's Main does
 * (JavaFX on the class path). With -Dbench.label=true the window holds one Label: the second reference, which pays
 * what any window with a JavaFX control pays and the empty one does not (the controls' classes and skins, and parsing
 * JavaFX's default stylesheet, modena, on the first control).
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** User + system CPU ms of this process, as ParCheck's StartupProbe reads it; -1 without /proc. */
    static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            StackPane root = new StackPane();
            if (Boolean.getBoolean("bench.label")) {
                root.getChildren().add(new Label("Đang mở…"));
            }
            stage.setScene(new Scene(root, 1024, 700));
            stage.setTitle("empty");
            stage.setOnShown(e -> Platform.runLater(() -> {
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                long cpu = processCpuMillis();
                if (cpu >= 0) {
                    System.out.println("PARCHECK_WINDOW_SHOWN_CPU_MS=" + cpu);
                }
                System.out.println("PARCHECK_WINDOW_SHOWN_MS=" + uptime);
                System.out.println("PARCHECK_DATABASE_READY_MS=" + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                if ("exit".equals(System.getProperty("parcheck.startupProbe"))) {
                    Platform.exit();
                }
            }));
            stage.show();
        }
    }
}
