package org.parcheck.answering.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import javafx.scene.Parent;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;

/** The real visit screen for TestFX tests: {@link VisitView} with its findings and change-log parts. */
final class VisitScreens {

    private VisitScreens() {
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
        ViewLoader loader = new ViewLoader(messages, type -> type == VisitFindingsView.class
                ? new VisitFindingsView(new VisitFindingsViewModel(visitId, services.answerService(), executor,
                        messages, new EvidenceFiles(dataDir)))
                : type == VisitLogView.class ? new VisitLogView(new VisitLogViewModel(visitId,
                        services.answerService(), executor, messages, ZoneId.systemDefault()))
                : new VisitView(viewModel, messages));
        return loader.load(VisitView.class).root();
    }
}
