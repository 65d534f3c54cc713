import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference of installer/bench-startup.sh: an empty JavaFX window, started from the same runtime with the same
 * options as ParCheck. Prints the same probe lines as ParCheck's start-up probe (PARCHECK_WINDOW_SHOWN_MS when the
 * window is shown, then PARCHECK_DATABASE_READY_MS at once: there is no database) and, with
 * -Dparcheck.startupProbe=exit, quits. A plain main class that launches the Application, as ParCheck's Main does
 * (JavaFX on the class path).
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1024, 700));
            stage.setTitle("empty");
            stage.setOnShown(e -> Platform.runLater(() -> {
                System.out.println("PARCHECK_WINDOW_SHOWN_MS=" + ManagementFactory.getRuntimeMXBean().getUptime());
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
