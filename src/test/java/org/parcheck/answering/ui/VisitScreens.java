package org.parcheck.answering.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.fx.FxDialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;
import org.testfx.util.WaitForAsyncUtils;

/** The real visit screen for TestFX tests: {@link VisitView} with its findings and change-log parts. */
final class VisitScreens {

    private VisitScreens() {
    }

    /** The demo data's visit to huyện Hạ Lang (the seed case). */
    static VisitOverview haLang(AppServices services) {
        PlanOverview plan = services.planService().overviews().get(0);
        return services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
    }

    /** Shows the real visit screen of {@code visitId} on {@code stage}, width × height, with {@code viewModel}. */
    static void show(Stage stage, AppServices services, Path dataDir, long visitId, VisitViewModel viewModel,
            Messages messages, double width, double height) {
        stage.setScene(new Scene(load(services, dataDir, visitId, viewModel, messages), width, height));
        stage.show();
    }

    /** The demo Hạ Lang visit's screen, shown: its data folder, services (the caller closes them) and view model. */
    record Shown(Path dataDir, AppServices services, long visitId, VisitViewModel viewModel) {
    }

    /** Opens demo data in a new temporary folder and shows the Hạ Lang visit's screen in Vietnamese. */
    static Shown showHaLang(Stage stage, String folderPrefix, double width, double height) throws IOException {
        Path dataDir = Files.createTempDirectory(folderPrefix);
        AppServices services = AppServices.open(dataDir);
        long visitId = haLang(services).visit().id();
        Messages messages = new Messages(Messages.VIETNAMESE);
        VisitViewModel viewModel = viewModel(services, visitId, messages);
        show(stage, services, dataDir, visitId, viewModel, messages, width, height);
        return new Shown(dataDir, services, visitId, viewModel);
    }

    /** Waits until the screen has loaded its visit and laid it out. */
    static void awaitLoaded(VisitViewModel viewModel) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A view model for the visit, on the FX background executor. */
    static VisitViewModel viewModel(AppServices services, long visitId, Messages messages) {
        return new VisitViewModel(visitId, services.answerService(), new FxBackgroundExecutor(), messages, () -> { },
                TestExporters.of(services));
    }

    /** Loads the screen's FXML with {@code viewModel} and real view models for the included parts. */
    static Parent load(AppServices services, Path dataDir, long visitId, VisitViewModel viewModel,
            Messages messages) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        FxDialogService dialogs = new FxDialogService(messages, () -> null);
        ViewLoader loader = new ViewLoader(messages, type -> type == VisitFindingsView.class
                ? new VisitFindingsView(new VisitFindingsViewModel(visitId, services.answerService(), executor,
                        messages, new EvidenceFiles(dataDir)), dialogs)
                : type == VisitLogView.class ? new VisitLogView(new VisitLogViewModel(visitId,
                        services.answerService(), executor, messages, ZoneId.systemDefault()))
                : new VisitView(viewModel, messages, dialogs));
        return loader.load(VisitView.class).root();
    }
}
