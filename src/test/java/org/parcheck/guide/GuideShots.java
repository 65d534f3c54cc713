package org.parcheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parcheck.testing.OnScreen;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the user guide's screenshots: a window is set to the size of the laptops teams carry (1366 × 768), its scene
 * is drawn with {@link Scene#snapshot} (works headless under Monocle) and written as a PNG. With
 * {@code -Dparcheck.guide.screenshots=true} the PNGs go to {@code docs/guide/vi/images/} (the guide's pictures),
 * otherwise to {@code target/guide-screenshots/}. Every shot is checked: 1366 px wide, 768 px high, not blank.
 */
final class GuideShots {

    static final int WIDTH = 1366;
    static final int HEIGHT = 768;
    static final String PROPERTY = "parcheck.guide.screenshots";

    private final Path folder;
    private final List<Path> written = new ArrayList<>();

    GuideShots() throws IOException {
        this.folder = Boolean.getBoolean(PROPERTY) ? Path.of("docs", "guide", "vi", "images")
                : Path.of("target", "guide-screenshots");
        Files.createDirectories(folder);
    }

    Path folder() {
        return folder;
    }

    List<Path> written() {
        return List.copyOf(written);
    }

    /** Sets {@code window} to 1366 × 768 at the screen's top left (never maximised), and waits for the layout. */
    static void laptopSize(FxRobot robot, Window window) {
        robot.interact(() -> {
            if (window instanceof Stage stage) {
                stage.setMaximized(false);
            }
            window.setX(0);
            window.setY(0);
            window.setWidth(WIDTH);
            window.setHeight(HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Draws {@code window}'s scene and writes it as {@code <name>.png}; checks size and content. */
    Path shoot(FxRobot robot, Window window, String name) {
        laptopSize(robot, window);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<BufferedImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(OnScreen.picture(window.getScene())));
        BufferedImage image = shot.get();
        assertThat(image.getWidth()).as(name + " width").isEqualTo(WIDTH);
        assertThat(image.getHeight()).as(name + " height").isEqualTo(HEIGHT);
        assertThat(distinctColours(image)).as(name + " is not blank").isGreaterThan(20);
        Path file = OnScreen.write(image, folder.resolve(name + ".png"));
        assertThat(file).isNotEmptyFile();
        written.add(file);
        return file;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
                if (colours.size() > 1000) {
                    return colours.size();
                }
            }
        }
        return colours.size();
    }
}
