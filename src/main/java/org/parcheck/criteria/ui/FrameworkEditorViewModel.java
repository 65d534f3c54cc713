package org.parcheck.criteria.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.UndoHistory;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.ItemTrees;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;

/**
 * The framework editor: the item tree and its selection, undo/redo, saving of drafts on the writer thread
 * (coalesced: only the latest content is written), publishing and new versions. Its other jobs are in their own
 * classes: the selected item's form ({@link FrameworkItemForm}), the lists and live checks rebuilt after every change
 * ({@link FrameworkEditorLists}), the figures, bands and settings tabs ({@link FrameworkTableEdits}). Published
 * versions are shown read-only.
 */
public final class FrameworkEditorViewModel {

    /** An item as a row of the tree: depth 0 for areas. */
    public record ItemRow(String code, String label, int depth, boolean hasProblem) {
    }

    /** A problem as a row of the problems list. */
    public record IssueRow(String subject, String text, boolean blocking) {
    }

    /** One change of the framework, for undo and redo: the whole content before and after it. */
    record Edit(FrameworkContent before, FrameworkContent after) {
    }

    private final long versionId;
    private final FrameworkService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final FrameworkNavigator navigator;
    private final FrameworkItemForm form;
    private final FrameworkEditorLists lists;
    private final FrameworkTableEdits tables;

    private final ObjectProperty<FrameworkContent> content = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final BooleanProperty publishable = new SimpleBooleanProperty(false);
    private final StringProperty saveState = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");
    private final UndoHistory<Edit> history = new UndoHistory<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final AtomicReference<FrameworkContent> pendingSave = new AtomicReference<>();
    private String selectedCode;
    private boolean loadingForm;

    public FrameworkEditorViewModel(long versionId, FrameworkService service, BackgroundExecutor executor,
                                    Messages messages, FrameworkNavigator navigator) {
        this.versionId = versionId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
        this.form = new FrameworkItemForm(messages);
        this.lists = new FrameworkEditorLists(messages);
        this.tables = new FrameworkTableEdits(messages, content::get, this::change, formError::set);
        history.onChange(() -> {
            canUndo.set(history.canUndo());
            canRedo.set(history.canRedo());
        });
    }

    public void load() {
        executor.run(() -> service.load(versionId)).onSuccess(loaded -> {
            editable.set(loaded.version().editable());
            showHeading(loaded);
            show(loaded.content());
            List<CriteriaItem> all = loaded.content().allItems();
            if (!all.isEmpty()) {
                select(all.get(0).code());
            }
        }).onError(e -> saveState.set(messages.get("criteria.editor.loadFailed"))).start();
    }

    private void showHeading(StoredFramework loaded) {
        heading.set(messages.get("criteria.editor.heading", loaded.header().name(), loaded.version().versionNo(),
                messages.get("criteria.status." + loaded.version().status().name())));
    }

    private void show(FrameworkContent newContent) {
        content.set(newContent);
        boolean checksPass = lists.show(newContent);
        publishable.set(editable.get() && checksPass);
    }

    /** Shows the item {@code itemCode} in the form. */
    public void select(String itemCode) {
        Optional<CriteriaItem> found = ItemTrees.find(content.get().areas(), itemCode);
        if (found.isEmpty()) {
            return;
        }
        selectedCode = itemCode;
        loadingForm = true;
        try {
            formError.set("");
            form.fill(found.get());
        } finally {
            loadingForm = false;
        }
    }

    public String selectedCode() {
        return selectedCode;
    }

    /** Applies the form to the selected item; a value that cannot be read is reported and nothing changes. */
    public void applyForm() {
        if (!editable.get() || selectedCode == null || loadingForm) {
            return;
        }
        CriteriaItem updated;
        try {
            updated = form.readInto(ItemTrees.find(content.get().areas(), selectedCode).orElseThrow());
        } catch (FrameworkItemForm.Unreadable e) {
            formError.set(messages.get(e.messageKey()));
            return;
        }
        formError.set("");
        String oldCode = selectedCode;
        change(content.get().withAreas(ItemTrees.replace(content.get().areas(), oldCode, i -> updated)));
        selectedCode = updated.code();
    }

    public void addArea() {
        if (editable.get()) {
            change(content.get().withAreas(ItemTrees.addArea(content.get().areas(),
                    messages.get("criteria.editor.newArea"))));
        }
    }

    public void addChild() {
        if (editable.get() && selectedCode != null) {
            change(content.get().withAreas(ItemTrees.addChild(content.get().areas(), selectedCode,
                    messages.get("criteria.editor.newItem"))));
        }
    }

    public void removeSelected() {
        if (editable.get() && selectedCode != null) {
            change(content.get().withAreas(ItemTrees.remove(content.get().areas(), selectedCode)));
            selectedCode = null;
        }
    }

    private void change(FrameworkContent next) {
        if (next.equals(content.get())) {
            return;
        }
        history.push(new Edit(content.get(), next));
        apply(next);
    }

    public void undo() {
        if (editable.get()) {
            history.undo().ifPresent(edit -> apply(edit.before()));
        }
    }

    public void redo() {
        if (editable.get()) {
            history.redo().ifPresent(edit -> apply(edit.after()));
        }
    }

    private void apply(FrameworkContent next) {
        // Rebuilding the tree moves focus and selection; the form must not re-apply itself meanwhile.
        loadingForm = true;
        try {
            show(next);
        } finally {
            loadingForm = false;
        }
        if (selectedCode != null) {
            select(selectedCode);
        }
        save(next);
    }

    /** Saves the latest content on the writer thread; several quick changes become one write. */
    private void save(FrameworkContent next) {
        pendingSave.set(next);
        saveState.set(messages.get("criteria.editor.saving"));
        executor.write(() -> {
            FrameworkContent latest = pendingSave.getAndSet(null);
            if (latest != null) {
                service.saveDraft(versionId, latest);
            }
            return latest;
        }).onSuccess(saved -> {
            if (pendingSave.get() == null) {
                saveState.set(messages.get("criteria.editor.saved"));
            }
        }).onError(e -> saveState.set(messages.get("criteria.editor.saveFailed"))).start();
    }

    public void publish() {
        executor.write(() -> {
            service.publish(versionId);
            return service.load(versionId);
        }).onSuccess(loaded -> {
            editable.set(false);
            history.clear();
            showHeading(loaded);
            show(loaded.content());
            saveState.set(messages.get("criteria.editor.published"));
        }).onError(e -> saveState.set(messages.get("criteria.editor.publishFailed"))).start();
    }

    public void newVersion() {
        executor.write(() -> service.newVersion(versionId))
                .onSuccess(created -> navigator.openEditor(created.version().id()))
                .start();
    }

    public void back() {
        navigator.backToList();
    }

    /** The selected item's fields. */
    public FrameworkItemForm form() {
        return form;
    }

    /** The figures, constraints, bands and settings tabs. */
    public FrameworkTableEdits tables() {
        return tables;
    }

    /** Whether there is a change to undo: the undo button's enabled state. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** Whether there is an undone change to make again: the redo button's enabled state. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyObjectProperty<FrameworkContent> contentProperty() {
        return content;
    }

    public FrameworkContent content() {
        return content.get();
    }

    public ObservableList<ItemRow> rows() {
        return lists.rows();
    }

    public ObservableList<FigureDef> figures() {
        return lists.figures();
    }

    public ObservableList<Band> bands() {
        return lists.bands();
    }

    public ObservableList<FigureConstraint> constraints() {
        return lists.constraints();
    }

    public ObservableList<IssueRow> issues() {
        return lists.issues();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyBooleanProperty publishableProperty() {
        return publishable;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }
}
