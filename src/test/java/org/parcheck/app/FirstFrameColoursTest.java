package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * FirstFrame's colours are copies of the theme's (the first frame is drawn before the stylesheet is loaded, on
 * purpose, D30): this test fails when one of them drifts from theme.css, so that the shell never fills the window with
 * other colours than the frame it replaces. Each constant copies one looked-up colour:
 * {@code BACKGROUND} modena's {@code -fx-background}, {@code NAV_BACKGROUND} {@code -pc-nav-bg}, {@code BORDER}
 * {@code -pc-border}, {@code TEXT} {@code -pc-text-muted}.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameColoursTest {

    private static final String THEME = "/org/parcheck/app/theme.css";

    /** Each constant with the looked-up colour it copies. */
    private static Map<String, Color> copies() {
        Map<String, Color> copies = new LinkedHashMap<>();
        copies.put("-fx-background", FirstFrame.BACKGROUND);
        copies.put("-pc-nav-bg", FirstFrame.NAV_BACKGROUND);
        copies.put("-pc-border", FirstFrame.BORDER);
        copies.put("-pc-text-muted", FirstFrame.TEXT);
        return copies;
    }

    /** The theme's own variables, as written in theme.css's {@code .root}, equal the constants that copy them. */
    @Test
    void theConstantsAreTheValuesWrittenInThemeCss() throws IOException {
        String css;
        try (InputStream in = FirstFrameColoursTest.class.getResourceAsStream(THEME)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        copies().forEach((variable, constant) -> {
            if (variable.startsWith("-pc-")) {
                Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(variable) + "\\s*:\\s*([^;]+);").matcher(css);
                assertThat(m.find()).as(variable + " in theme.css").isTrue();
                assertThat(Color.web(m.group(1).trim())).as("FirstFrame's copy of " + variable).isEqualTo(constant);
            }
        });
    }

    /**
     * Every looked-up colour as JavaFX resolves it with theme.css (modena under it: {@code -fx-background} is modena's,
     * and a theme that changed {@code -fx-base} would change it) equals the constant that copies it.
     */
    @Test
    void theConstantsAreTheColoursTheStylesheetResolves(FxRobot robot) {
        Map<String, Region> probes = new LinkedHashMap<>();
        AtomicReference<Map<String, Paint>> resolved = new AtomicReference<>(new LinkedHashMap<>());
        robot.interact(() -> {
            // a control, so that modena (the user agent stylesheet) is in place as it is for the shell
            VBox root = new VBox(new Label("ParCheck"));
            copies().keySet().forEach(variable -> {
                Region probe = new Region();
                probe.setStyle("-fx-background-color: " + variable + ";");
                probes.put(variable, probe);
                root.getChildren().add(probe);
            });
            Scene scene = new Scene(root, 200, 200);
            scene.getStylesheets().add(FirstFrameColoursTest.class.getResource(THEME).toExternalForm());
            root.applyCss();
            probes.forEach((variable, probe) -> resolved.get().put(variable, probe.getBackground() == null ? null
                    : probe.getBackground().getFills().get(0).getFill()));
        });
        copies().forEach((variable, constant) -> assertThat(hex(resolved.get().get(variable)))
                .as("FirstFrame's copy of " + variable + " (theme.css, as resolved)").isEqualTo(hex(constant)));
    }

    /** A colour as a stylesheet writes it ("#f4f4f4"): derived colours differ from their copy below 1/255. */
    private static String hex(Paint paint) {
        if (!(paint instanceof Color c)) {
            return String.valueOf(paint);
        }
        return String.format("#%02x%02x%02x%s", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255), c.getOpacity() == 1 ? "" : "/" + c.getOpacity());
    }
}
