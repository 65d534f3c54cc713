package org.parcheck.server.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.ConflictRow;
import org.parcheck.common.fx.RunningTask;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.TaskProgress;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.exchange.ItemText;
import org.parcheck.exchange.PackageException;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerErrors;
import org.parcheck.server.ServerException;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.WaitingNames;

/**
 * The sync dialog (#17): asks the server password (unless the credential store keeps it), brings the server's
 * changes in the background with progress and Cancel (nothing written here), shows the conflicts on the same table
 * as package import, then completes the sync (this laptop's side in one transaction, then what it sends) and tells
 * what travelled. A failure or a cancel before completing changes nothing on this laptop, and the dialog says so.
 */
public final class SyncViewModel {

    /** Where the dialog stands. */
    public enum Phase {
        /** Waiting for the user to start (first, after a failure, or when the server asks to sync again). */
        READY,
        /** Connecting and bringing the server's changes (cancellable; nothing written here). */
        PREPARING,
        /** Conflicts shown: the user chooses, then completes. */
        CHOOSING,
        /** Writing here and sending (runs to its end). */
        COMPLETING,
        /** Synced: the summary is shown. */
        DONE
    }

    /** The password was to come from the credential store, which has none for the address (any more). */
    private static final class PasswordNotKept extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PasswordNotKept() {
            super("no password kept for the server");
        }
    }

    /** A connection and the plan it prepared. */
    private record Prepared(SyncSteps.Session session, SyncPlan plan) {
    }

    private final SyncSteps steps;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ItemText text;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.READY);
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty passwordNeeded = new SimpleBooleanProperty(true);
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final RunningTask running = new RunningTask();
    /** A prepared plan whose task may still be cancelled: released when it is. */
    private final AtomicReference<Prepared> pending = new AtomicReference<>();
    /** The latest step the sync reported (a message key), read by the progress text. */
    private volatile String stepKey = SyncProgress.READING;
    private volatile long stepDone;
    private volatile long stepTotal;
    private SyncSteps.Session session;
    private SyncPlan plan;
    private Consumer<Boolean> onSynced = completed -> { };

    public SyncViewModel(SyncSteps steps, BackgroundExecutor executor, Messages messages) {
        this.steps = steps;
        this.executor = executor;
        this.messages = messages;
        this.text = new ItemText(messages);
        ServerAddress address = steps.address();
        server.set(messages.get("server.sync.server", address.host(), String.valueOf(address.port()),
                address.database(), address.user()));
        passwordNeeded.set(!steps.passwordKept());
        status.set(messages.get("server.sync.intro"));
        action.set(messages.get("server.sync.start"));
    }

    /**
     * Runs on the FX thread after a sync may have written to this laptop (the window's screens read the data again):
     * with true when the sync completed, false when it was cut off while completing.
     */
    public void setOnSynced(Consumer<Boolean> callback) {
        this.onSynced = Objects.requireNonNull(callback);
    }

    /** The dialog's default button: start (or start again), or complete with the choices made. */
    public void primary() {
        if (phase.get() == Phase.READY) {
            start();
        } else if (phase.get() == Phase.CHOOSING) {
            complete();
        }
    }

    /** Connects (unless still connected) and prepares in the background; cancellable; writes nothing here. */
    public void start() {
        if (phase.get() != Phase.READY) {
            return;
        }
        char[] typed = null;
        if (session == null && passwordNeeded.get()) {
            if (password.get().isEmpty()) {
                problem.set(messages.get("server.sync.passwordMissing"));
                return;
            }
            typed = password.get().toCharArray();
            password.set("");
        }
        char[] given = typed;
        SyncSteps.Session open = session;
        session = null;
        problem.set("");
        conflicts.clear();
        phase.set(Phase.PREPARING);
        status.set(messages.get("server.sync.preparing"));
        stepKey = SyncProgress.READING;
        running.trackSteps(this::stepText, executor.runTracked(progress -> {
            SyncSteps.Session connected = open != null ? open : steps.connect(given != null ? given
                    : steps.keptPassword().orElseThrow(PasswordNotKept::new));
            try {
                Prepared prepared = new Prepared(connected, connected.prepare(progressOf(progress)));
                pending.set(prepared);
                return prepared;
            } catch (RuntimeException | Error e) {
                connected.close();
                throw e;
            }
        }), true).onSuccess(prepared -> {
            pending.set(null);
            prepared(prepared);
        }).onError(error -> {
            if (given != null) {
                Arrays.fill(given, '\0');
            }
            failed(error, false);
        }).onCancelled(() -> {
            release(pending.getAndSet(null));
            phase.set(Phase.READY);
            status.set(messages.get("server.sync.cancelled"));
        }).start();
    }

    private void prepared(Prepared prepared) {
        session = prepared.session();
        plan = prepared.plan();
        for (ImportPlan.Conflict c : plan.conflicts()) {
            conflicts.add(new ConflictRow(c.id(), c.visitLabel(), c.change().label(), text.value(c.change().local()),
                    text.who(c.change().local()), text.value(c.change().incoming()),
                    text.who(c.change().incoming())));
        }
        if (conflicts.isEmpty()) {
            complete();
        } else {
            phase.set(Phase.CHOOSING);
            action.set(messages.get("server.sync.finish"));
            status.set(messages.get("server.sync.choose", plan.visitsToBring(), conflicts.size()));
        }
    }

    /** Applies the server's changes with the choices made, then sends this laptop's; runs to its end. */
    public void complete() {
        if (session == null || plan == null) {
            return;
        }
        Map<String, ImportPlan.Choice> choices = new HashMap<>();
        conflicts.forEach(c -> choices.put(c.id(), ImportPlan.Choice.valueOf(c.choiceProperty().get().name())));
        SyncSteps.Session open = session;
        SyncPlan toComplete = plan;
        plan = null;
        phase.set(Phase.COMPLETING);
        status.set(messages.get("server.sync.completing"));
        stepKey = SyncProgress.APPLYING;
        running.trackSteps(this::stepText, executor.writeTracked(progress -> open.complete(toComplete, choices,
                progressOf(progress))), false).onSuccess(this::done).onError(error -> {
                    failed(error, true);
                    onSynced.accept(false);
                }).start();
    }

    private void done(SyncResult result) {
        onSynced.accept(true);
        String summary = result.nothingChanged() ? messages.get("server.sync.nothing")
                : messages.get("server.sync.done", result.visitsBrought(), result.visitsSent(), result.filesDown(),
                result.filesUp(), result.conflictsDecided());
        summary += limits(messages, result);
        conflicts.clear();
        if (result.syncAgain()) {
            // another laptop sent changes to the same items meanwhile: this connection stays open for the next round
            phase.set(Phase.READY);
            action.set(messages.get("server.sync.again"));
            // a paragraph of its own: run on after the summary's last line, what to do was read as part of it
            status.set(summary + "\n" + messages.get("server.sync.syncAgain"));
        } else {
            release(new Prepared(session, null));
            session = null;
            phase.set(Phase.DONE);
            status.set(summary);
        }
    }

    /**
     * What the sync left as it was, said after its summary: changes waiting because the account is not on their plan's
     * team (named on the next line, {@link WaitingNames}), and changes replaced by a visit finalised on another laptop
     * (docs/server/sync.md). Each on a line of its own: run on after the summary's last figure, "…: 0. 1 thay đổi…"
     * read as "0.1" (docs/server/sync-window.md).
     */
    public static String limits(Messages messages, SyncResult result) {
        String text = "";
        if (result.replacedByFinalised() > 0) {
            text += "\n" + messages.get("server.sync.replacedByFinalised", result.replacedByFinalised());
        }
        if (result.waitingNotOnTeam() > 0) {
            text += "\n" + messages.get("server.sync.waitingNotOnTeam", result.waitingNotOnTeam());
            String names = WaitingNames.line(messages, result.waiting());
            text += names.isEmpty() ? "" : "\n" + names;
        }
        return text;
    }

    private void failed(Throwable error, boolean whileCompleting) {
        release(new Prepared(session, plan));
        session = null;
        plan = null;
        conflicts.clear();
        phase.set(Phase.READY);
        action.set(messages.get("server.sync.start"));
        String reason;
        if (error instanceof PasswordNotKept) {
            reason = messages.get("server.sync.passwordNotKept");
            passwordNeeded.set(true);
        } else if (error instanceof ServerException e && ServerErrors.olderSchema(e)) {
            reason = messages.get("server.sync.error.olderSchema");
        } else if (error instanceof ServerException e) {
            reason = messages.get("server.sync.error." + e.kind().name());
            if (e.kind() == ServerException.Kind.WRONG_PASSWORD) {
                passwordNeeded.set(true);
            }
        } else if (error instanceof PackageException e) {
            reason = messages.get(e.messageKey(), e.args());
        } else {
            reason = messages.get("server.sync.error.OTHER");
        }
        problem.set(reason);
        status.set(messages.get(whileCompleting ? "server.sync.cutOff" : "server.sync.unchanged"));
    }

    /** Closes the dialog's connection (and forgets a plan not completed) off the FX thread. */
    private void release(Prepared prepared) {
        if (prepared == null || prepared.session() == null) {
            return;
        }
        executor.run(() -> {
            try {
                if (prepared.plan() != null) {
                    prepared.session().discard(prepared.plan());
                }
            } finally {
                prepared.session().close();
            }
            return null;
        }).start();
    }

    /** The dialog is closing: a sync being prepared is cancelled, the connection closed; nothing was written. */
    public void close() {
        running.cancel();
        if (phase.get() != Phase.COMPLETING) {
            release(new Prepared(session, plan));
            session = null;
            plan = null;
        }
    }

    private SyncProgress progressOf(TaskProgress progress) {
        return new SyncProgress() {
            @Override
            public void step(String messageKey, long done, long total) {
                stepKey = messageKey;
                stepDone = done;
                stepTotal = total;
                progress.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }

    private String stepText() {
        return messages.get(stepKey, stepDone, stepTotal);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** "Máy chủ: host:5432, cơ sở dữ liệu parcheck, tài khoản an" */
    public ReadOnlyStringProperty serverProperty() {
        return server;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether the password field shows: no password kept, or the one kept was refused. */
    public ReadOnlyBooleanProperty passwordNeededProperty() {
        return passwordNeeded;
    }

    /** Why the last try failed, with what to do; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What the dialog is doing or did (the summary at the end). */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The default button's text: "Đồng bộ", "Hoàn tất đồng bộ", "Đồng bộ lại". */
    public ReadOnlyStringProperty actionProperty() {
        return action;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public RunningTask runningTask() {
        return running;
    }
}
