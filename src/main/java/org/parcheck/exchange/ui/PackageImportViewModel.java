package org.parcheck.exchange.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.ConflictRow;
import org.parcheck.common.fx.RunningTask;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.exchange.ImportPlan.Choice;
import org.parcheck.exchange.ItemText;
import org.parcheck.exchange.Merge;
import org.parcheck.exchange.PackageException;
import org.parcheck.exchange.VisitItem;

/**
 * The import screen: reads and checks a package in the background, lists what will be added, what merges by
 * itself and the conflicts (mine and theirs with who and when, a choice per row), and applies it on confirmation.
 */
public final class PackageImportViewModel {

    private static final Logger LOG = Logger.getLogger(PackageImportViewModel.class.getName());

    /** Something the import adds. */
    public record AddedRow(String kind, String item) {
    }

    /** A change merged without asking. */
    public record ChangeRow(String visit, String item, String value, String who) {
    }

    private final ExchangeService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ItemText text;
    private final ObservableList<AddedRow> added = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> automatic = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    /**
     * D29: per visit finalised on another laptop and taken whole, how many items changed here it replaces; said
     * before the user confirms (empty when there is none).
     */
    private final StringProperty finalisedElsewhere = new SimpleStringProperty("");
    private final BooleanProperty importable = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    /** #16 §6: the added list's heading says "will add" before the import and "added" after it. */
    private final StringProperty addedTitle = new SimpleStringProperty("");
    /** #19: a protected package's password. */
    private final PackagePassword packagePassword;
    private Path file;
    private ImportPlan plan;
    private Runnable onImported = () -> { };

    /** A package read, and whether it was protected. */
    private record Opened(ImportPlan plan, boolean protectedPackage) {
    }

    private final RunningTask running = new RunningTask();

    /** The package being read or applied: the dialog's progress bar and cancel button. */
    public RunningTask runningTask() {
        return running;
    }

    public PackageImportViewModel(ExchangeService service, BackgroundExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.text = new ItemText(messages);
        this.packagePassword = new PackagePassword(messages);
        summary.set(messages.get("exchange.import.choose"));
        addedTitle.bind(Bindings.when(done).then(messages.get("exchange.import.addedDone"))
                .otherwise(messages.get("exchange.import.added")));
    }

    public ReadOnlyStringProperty addedTitleProperty() {
        return addedTitle;
    }

    public void setOnImported(Runnable callback) {
        this.onImported = Objects.requireNonNull(callback);
    }

    /** Reads and checks {@code file} off the FX thread; writes nothing. A protected package asks its password. */
    public void open(Path file) {
        this.file = file;
        packagePassword.reset();
        read(file, null);
    }

    /** Reads the protected package again with the password typed; a wrong one says so and can be typed again. */
    public void unlock() {
        char[] typed = packagePassword.take();
        if (file != null && typed != null) {
            read(file, typed);
        }
    }

    private void read(Path file, char[] typed) {
        discard();
        fileName.set(file.getFileName().toString());
        summary.set(messages.get("exchange.import.reading", file.getFileName()));
        header.set("");
        added.clear();
        automatic.clear();
        conflicts.clear();
        finalisedElsewhere.set("");
        importable.set(false);
        done.set(false);
        running.track(messages.get("common.task.reading", file.getFileName()), executor.runTracked(progress -> {
            Opened read;
            try {
                read = new Opened(service.analyse(file, typed), ExchangeService.isProtected(file));
            } finally {
                if (typed != null) {
                    java.util.Arrays.fill(typed, '\0');
                }
            }
            if (progress.isCancelled()) {
                // the files unpacked for the analysis are not needed
                service.discard(read.plan());
                progress.checkCancelled();
            }
            return read;
        })).onSuccess(read -> {
            packagePassword.opened(read.protectedPackage());
            show(read.plan());
        }).onError(this::failed)
                .onCancelled(() -> summary.set(messages.get("common.task.cancelled"))).start();
    }

    private void show(ImportPlan read) {
        plan = read;
        header.set(messages.get("exchange.import.from", Objects.toString(read.manifest().description(), ""),
                Objects.toString(read.manifest().createdBy(), "?"), ItemText.when(read.manifest().createdAt()),
                Objects.toString(read.manifest().appVersion(), "?")));
        read.newPlans().forEach(p -> added.add(new AddedRow(messages.get("exchange.import.kind.plan"),
                p.plan().get("number_symbol") + " – " + p.plan().get("title"))));
        read.newVisits().forEach(v -> added.add(new AddedRow(messages.get("exchange.import.kind.visit"), v.label())));
        read.newUnits().forEach(u -> added.add(new AddedRow(messages.get("exchange.import.kind.unit"),
                u.get("name") + (u.get("code") == null ? "" : " (" + u.get("code") + ")"))));
        read.newFrameworks().forEach(f -> added.add(new AddedRow(messages.get("exchange.import.kind.framework"),
                f.label())));
        for (ImportPlan.VisitMerge merge : read.merges()) {
            for (Merge.Change c : merge.result().changes()) {
                automatic.add(new ChangeRow(merge.label(), c.label(), value(c.incoming()), who(c.incoming())));
            }
        }
        finalisedElsewhere.set(read.merges().stream().filter(m -> m.replacedByFinalised() > 0)
                .map(m -> messages.get("exchange.import.finalisedElsewhere", m.label(), m.replacedByFinalised()))
                .collect(java.util.stream.Collectors.joining("\n")));
        for (ImportPlan.Conflict c : read.conflicts()) {
            conflicts.add(new ConflictRow(c.id(), c.visitLabel(), c.change().label(), value(c.change().local()),
                    who(c.change().local()), value(c.change().incoming()), who(c.change().incoming())));
        }
        if (read.alreadyImported()) {
            summary.set(messages.get("exchange.import.alreadyImported"));
        } else if (read.nothingToDo()) {
            summary.set(messages.get("exchange.import.nothingNew"));
        } else {
            summary.set(messages.get("exchange.import.summary", read.newPlans().size(), read.newVisits().size(),
                    read.newUnits().size(), read.newFrameworks().size(), automatic.size(), conflicts.size()));
        }
        if (!read.repaired().isEmpty()) {
            summary.set(summary.get() + " " + messages.get("exchange.import.repaired", read.repaired().size(),
                    String.join(", ", read.repaired())));
        }
        importable.set(!read.nothingToDo());
    }

    private void failed(Throwable error) {
        plan = null;
        importable.set(false);
        if (packagePassword.refused(error)) {
            summary.set(messages.get("exchange.import.passwordPrompt"));
        } else if (error instanceof PackageException) {
            PackageException e = (PackageException) error;
            summary.set(messages.get(e.messageKey(), e.args()));
        } else {
            LOG.log(Level.WARNING, "Reading a package failed", error);
            summary.set(messages.get("exchange.error.unreadable", fileName.get()));
        }
    }

    /** The item's content as the user reads it: its values, without field names. */
    String value(VisitItem item) {
        return text.value(item);
    }

    private String who(VisitItem item) {
        return text.who(item);
    }

    /** Applies the package with the choices made, in one transaction on the writer thread. */
    public void confirm() {
        if (plan == null || !importable.get()) {
            return;
        }
        ImportPlan toApply = plan;
        Map<String, Choice> choices = new HashMap<>();
        conflicts.forEach(c -> choices.put(c.id(), Choice.valueOf(c.choiceProperty().get().name())));
        int changes = automatic.size() + (int) choices.values().stream().filter(c -> c == Choice.THEIRS).count();
        importable.set(false);
        summary.set(messages.get("exchange.import.applying"));
        plan = null;
        running.trackToEnd(messages.get("common.task.importing"), executor.write(() -> service.apply(toApply,
                choices))).onSuccess(applied -> {
            String text = messages.get("exchange.import.done", toApply.newPlans().size(), toApply.newVisits().size(),
                    changes);
            if (toApply.replacedByFinalised() > 0) {
                text += "\n" + messages.get("exchange.import.replacedByFinalised", toApply.replacedByFinalised());
            }
            summary.set(text);
            finalisedElsewhere.set(""); // said in the summary now, in the past tense
            done.set(true);
            onImported.run();
        }).onError(error -> {
            ExchangeDialogs.logFailure("Applying a package failed", error);
            summary.set(error instanceof PackageException
                    ? messages.get(((PackageException) error).messageKey(), ((PackageException) error).args())
                    : messages.get("exchange.import.failed"));
        }).start();
    }

    /** Forgets the package read (its staged files are removed); nothing was written. */
    public void discard() {
        if (plan != null) {
            ImportPlan toDiscard = plan;
            plan = null;
            executor.run(() -> {
                service.discard(toDiscard);
                return null;
            }).start();
        }
    }

    public ObservableList<AddedRow> added() {
        return added;
    }

    public ObservableList<ChangeRow> automatic() {
        return automatic;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The visits finalised on another laptop that replace items changed here, one line each (D29). */
    public ReadOnlyStringProperty finalisedElsewhereProperty() {
        return finalisedElsewhere;
    }

    public ReadOnlyBooleanProperty importableProperty() {
        return importable;
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    /** A protected package's password and whether the package is protected (#19). */
    public PackagePassword packagePassword() {
        return packagePassword;
    }
}
