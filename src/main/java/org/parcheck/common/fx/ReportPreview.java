package org.parcheck.common.fx;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window with a report's pages as rendered from its PDF, a Print button (system print dialog) and the caller's
 * save buttons. Shared by the visit screen (biên bản) and the reports page (plan summary).
 */
public final class ReportPreview {

    /**
     * The preview window's width and height at most (#16 §2: most of a 1366 × 768 laptop's screen); smaller screens
     * get their usable area ({@link WindowSizing#fitted}).
     */
    static final double WIDTH = 1100;
    static final double HEIGHT = 760;
    /** A page's width at 100 %, and the zoom steps. */
    static final double PAGE_WIDTH = 760;
    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    /** A button of the preview's bar: its label (with a mnemonic) and what it does. */
    public record Action(String label, Runnable run) {
    }

    private ReportPreview() {
    }

    /** Shows the pages in a window modal to {@code owner} and returns it. */
    public static Stage show(Window owner, String title, List<Image> pages, ResourceBundle resources,
                             List<Action> actions) {
        VBox pageBox = new VBox(16);
        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.setPadding(new Insets(16));
        pageBox.getStyleClass().add("pc-preview-pages");
        pageBox.setId("previewPages");
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(page.getWidth(), PAGE_WIDTH));
            view.getStyleClass().add("pc-preview-page");
            pageBox.getChildren().add(view);
        }
        int[] zoom = {2}; // 100 %
        Label zoomLabel = new Label("100 %");
        zoomLabel.setId("zoomLabel");
        Runnable applyZoom = () -> {
            zoomLabel.setText(Math.round(ZOOMS[zoom[0]] * 100) + " %");
            for (javafx.scene.Node node : pageBox.getChildren()) {
                ImageView view = (ImageView) node;
                view.setFitWidth(Math.min(view.getImage().getWidth(), PAGE_WIDTH * ZOOMS[zoom[0]]));
            }
        };
        Button zoomOut = new Button("−");
        zoomOut.setId("zoomOutButton");
        zoomOut.setOnAction(e -> {
            zoom[0] = Math.max(0, zoom[0] - 1);
            applyZoom.run();
        });
        Button zoomIn = new Button("+");
        zoomIn.setId("zoomInButton");
        zoomIn.setOnAction(e -> {
            zoom[0] = Math.min(ZOOMS.length - 1, zoom[0] + 1);
            applyZoom.run();
        });
        Stage stage = new Stage();
        Button print = new Button(resources.getString("common.preview.print"));
        print.setId("printButton");
        print.setOnAction(e -> print(stage, pages));
        HBox bar = new HBox(8, print);
        for (Action action : actions) {
            Button button = new Button(action.label());
            button.setOnAction(e -> action.run().run());
            bar.getChildren().add(button);
        }
        Button close = new Button(resources.getString("common.preview.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label count = new Label(MessageFormat.format(resources.getString("common.preview.pageCount"),
                pages.size()));
        count.setId("pageCountLabel");
        Label zoomText = new Label(resources.getString("common.preview.zoom"));
        bar.getChildren().addAll(close, count, zoomText, zoomOut, zoomLabel, zoomIn);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new ScrollPane(pageBox), bar, null, null, null);
        WindowSizing.Size size = WindowSizing.fitted(WIDTH, HEIGHT);
        stage.setScene(new Scene(root, size.width(), size.height()));
        stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setTitle(title);
        // Ctrl+plus / Ctrl+minus zoom as in a PDF reader
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                zoomIn::fire);
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                zoomIn::fire);
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT,
                KeyCombination.SHORTCUT_DOWN), zoomOut::fire);
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                zoomOut::fire);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        WindowSizing.showOver(stage, owner, size);
        return stage;
    }

    private static void print(Stage owner, List<Image> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(owner)) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                break;
            }
        }
        job.endJob();
    }
}
