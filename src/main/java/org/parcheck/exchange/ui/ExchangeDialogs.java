package org.parcheck.exchange.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.PackageException;

/** The window side of team exchange: the import screen as a dialog, and export with a file chooser. */
public final class ExchangeDialogs {

    private static final Logger LOG = Logger.getLogger(ExchangeDialogs.class.getName());
    public static final String EXTENSION = ".parcheck";

    private final ViewLoader viewLoader;
    private final ExchangeService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    public ExchangeDialogs(ViewLoader viewLoader, ExchangeService service, BackgroundExecutor executor,
                           DialogService dialogs) {
        this.dialogs = dialogs;
        this.viewLoader = viewLoader;
        this.service = service;
        this.executor = executor;
    }

    private Messages messages() {
        return viewLoader.messages();
    }

    /**
     * Opens the import screen; with a file it is read at once (a file given on the command line), else the user
     * chooses one. {@code onImported} runs on the FX thread after a package was applied.
     */
    public void importPackage(Path file, Runnable onImported) {
        Optional<Path> chosen = file != null ? Optional.of(file)
                : dialogs.openFile(messages().get("exchange.import.title"), List.of(packageType()));
        if (chosen.isEmpty()) {
            return;
        }
        ViewLoader.Loaded<PackageImportView> loaded = viewLoader.load(PackageImportView.class);
        Stage dialog = new Stage();
        dialog.setTitle(messages().get("exchange.import.title"));
        WindowSizing.Size size = WindowSizing.fitted(1100, 700);
        dialog.setScene(new Scene(loaded.root(), size.width(), size.height()));
        loaded.controller().setOnImported(onImported);
        dialog.setOnHidden(event -> {
            // closing the dialog while a package is read drops the reading
            loaded.controller().viewModel().runningTask().cancel();
            loaded.controller().viewModel().discard();
        });
        dialogs.showOver(dialog, size);
        loaded.controller().open(chosen.get());
    }

    /** Exports one visit (with its plan, unit and framework version) to a file the user chooses. */
    public void exportVisit(long visitId) {
        executor.run(() -> service.planOf(visitId)).onSuccess(planId -> exportPackage(planId, List.of(visitId),
                service.suggestedName(visitId))).start();
    }

    /**
     * Exports a plan (all visits when {@code visitIds} is empty) to a file the user chooses, then asks whether to
     * protect the package with a password (#19; {@link PackageExportView}) and writes it.
     */
    public void exportPackage(long planId, List<Long> visitIds, String suggestedName) {
        Optional<Path> picked = dialogs.saveFile(messages().get("exchange.export.title"),
                suggestedName.replaceAll("[\\\\/:*?\"<>|]", "-") + EXTENSION, List.of(packageType()));
        if (picked.isEmpty()) {
            return;
        }
        Path file = picked.get();
        PackageExportViewModel choice = new PackageExportViewModel(service.folderProtected(), dialogs, messages(),
                password -> export(planId, visitIds, file, password));
        ViewLoader.Loaded<PackageExportView> loaded = new ViewLoader(messages(), type -> new PackageExportView(choice))
                .load(PackageExportView.class);
        loaded.controller().setFileName(file.getFileName().toString());
        Stage dialog = new Stage();
        dialog.setTitle(messages().get("exchange.export.title"));
        WindowSizing.Size size = WindowSizing.fitted(560, 420);
        dialog.setScene(new Scene(loaded.root(), size.width(), size.height()));
        dialogs.showOver(dialog, size);
    }

    /** Writes the package, protected with {@code password} (wiped afterwards) or unprotected when null. */
    private void export(long planId, List<Long> visitIds, Path file, char[] password) {
        executor.write(() -> {
            try {
                return service.export(planId, visitIds, file, password);
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        }).onSuccess(manifest -> dialogs.inform(messages().get("exchange.export.title"),
                        messages().get(password == null ? "exchange.export.done" : "exchange.export.doneProtected",
                                file)))
                .onError(error -> {
                    logFailure("Export of a package failed", error);
                    String reason = error instanceof PackageException
                            ? messages().get(((PackageException) error).messageKey(), ((PackageException) error).args())
                            : String.valueOf(error.getMessage());
                    dialogs.error(messages().get("exchange.export.title"), messages().get("exchange.export.failed",
                            reason));
                }).start();
    }

    /** A refused package by its kind only (its message can name files and values: no content in the log, #19). */
    static void logFailure(String what, Throwable error) {
        if (error instanceof PackageException refused) {
            LOG.warning(() -> what + ": " + refused.kind());
        } else {
            LOG.log(Level.WARNING, what, error);
        }
    }

    private DialogService.FileType packageType() {
        return DialogService.FileType.of(messages().get("exchange.import.fileFilter"), EXTENSION.substring(1));
    }
}
