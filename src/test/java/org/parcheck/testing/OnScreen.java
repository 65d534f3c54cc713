package org.parcheck.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * What a user sees of a node, for TestFX tests (call on the FX thread): whether a label shows its whole text (not
 * elided with "…", not cut off by the window), and the scene (or a node) as drawn saved to
 * {@code target/screenshots}.
 * JavaFX 21 has no {@code Labeled.isTextTruncated} (JavaFX 23): the label's drawn text node is read instead.
 */
public final class OnScreen {

    private OnScreen() {
    }

    /**
     * Null when {@code label} is visible and shows its whole text inside its window; otherwise what is wrong (for an
     * assertion's message): the text drawn differs from the label's (elided), or the label reaches past the scene.
     */
    public static String notShownInFull(Labeled label) {
        if (!shown(label) || label.getScene() == null) {
            return "not shown";
        }
        String elided = elided(label);
        if (elided != null) {
            return elided;
        }
        Scene scene = label.getScene();
        Bounds bounds = label.localToScene(label.getLayoutBounds());
        if (bounds.getMinX() < 0 || bounds.getMinY() < 0 || bounds.getMaxX() > scene.getWidth() + 0.5
                || bounds.getMaxY() > scene.getHeight() + 0.5) {
            return "at " + bounds + ", outside the " + scene.getWidth() + "×" + scene.getHeight() + " window";
        }
        return null;
    }

    /**
     * Null when {@code label} draws its whole text (wherever it lies: in a page that scrolls, below the window too);
     * otherwise how it is drawn instead (elided with "…", or a wrapped text cut short).
     */
    public static String elided(Labeled label) {
        String drawn = label.lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() == label)
                .map(n -> ((Text) n).getText()).findFirst().orElse(null);
        String text = label.isMnemonicParsing() ? label.getText().replaceFirst("_(?=.)", "") : label.getText();
        if (drawn == null || !drawn.equals(text)) {
            return "drawn as «" + drawn + "» instead of «" + label.getText() + "»";
        }
        return null;
    }

    /** Whether {@code node} and every parent of it are visible. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code node} lies wholly inside its scene. */
    public static boolean insideScene(Node node) {
        Scene scene = node.getScene();
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= scene.getWidth() + 0.5
                && bounds.getMaxY() <= scene.getHeight() + 0.5;
    }

    /**
     * Saves {@code scene} as drawn to {@code target/screenshots/<name>.png} (Scene.snapshot: headless under Monocle,
     * or the real toolkit under Xvfb; FX thread).
     */
    public static Path shoot(Scene scene, String name) {
        return write(picture(scene), Path.of("target", "screenshots", name + ".png"));
    }

    /** Saves {@code node} as drawn (on white) to {@code target/screenshots/<name>.png} (Node.snapshot; FX thread). */
    public static Path shoot(Node node, String name) {
        return write(picture(node.snapshot(null, null)), Path.of("target", "screenshots", name + ".png"));
    }

    /** {@code scene} as drawn (Scene.snapshot; FX thread). */
    public static BufferedImage picture(Scene scene) {
        return picture(scene.snapshot(null));
    }

    /** Writes {@code image} as a PNG to {@code file}, making its folder; returns the file. */
    public static Path write(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(WritableImage shot) {
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        int[] argb = new int[width * height];
        shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }
}
