package org.parcheck.app.help;

import java.io.InputStream;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.WindowSizing;

/**
 * The user guide in a window of its own (#16 §8): opened by F1 (Shift+F1 on the visit screen, whose F1 lists its
 * keys) and from the Settings page. The text is the Vietnamese guide shipped in the jar ({@link GuideText}); it reads
 * the same offline as in docs/guide/vi.
 */
public final class GuideView {

    private static final double PICTURE_WIDTH = 860;

    private GuideView() {
    }

    /** Opens the guide over the window in use, at most of the screen. */
    public static Stage open(DialogService dialogs, String title) {
        Stage stage = new Stage();
        stage.setTitle(title);
        ScrollPane scroll = new ScrollPane(content(GuideText.load()));
        scroll.setFitToWidth(true);
        scroll.setId("guideScroll");
        stage.setScene(new Scene(scroll));
        dialogs.showOver(stage, WindowSizing.fitted(980, 900));
        return stage;
    }

    /** The blocks as labels and pictures, top to bottom. */
    static VBox content(List<GuideText.Block> blocks) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(16, 24, 24, 24));
        box.setId("guideContent");
        for (GuideText.Block block : blocks) {
            box.getChildren().add(node(block));
        }
        return box;
    }

    private static Node node(GuideText.Block block) {
        if (block instanceof GuideText.Heading heading) {
            Label label = wrapped(heading.text());
            label.setStyle("-fx-font-weight: bold; -fx-font-size: " + (24 - 3 * heading.level()) + "px;");
            label.setPadding(new Insets(heading.level() == 1 ? 0 : 10, 0, 0, 0));
            return label;
        }
        if (block instanceof GuideText.Item item) {
            Label marker = new Label(item.marker());
            marker.setMinWidth(24);
            return new HBox(4, marker, wrapped(item.text()));
        }
        if (block instanceof GuideText.Picture picture) {
            VBox figure = new VBox(4);
            try (InputStream in = GuideView.class.getResourceAsStream(picture.resource())) {
                if (in != null) {
                    ImageView view = new ImageView(new Image(in));
                    view.setPreserveRatio(true);
                    view.setFitWidth(PICTURE_WIDTH);
                    figure.getChildren().add(view);
                }
            } catch (java.io.IOException e) {
                // the caption still says what the picture shows
            }
            Label caption = wrapped(picture.caption());
            caption.setStyle("-fx-font-style: italic;");
            figure.getChildren().add(caption);
            return figure;
        }
        return wrapped(((GuideText.Paragraph) block).text());
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
