package org.parcheck.plan.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Inspector;
import org.parcheck.plan.InspectorService;
import org.parcheck.plan.InvalidInputException;
import org.parcheck.plan.Problem;

/**
 * "Who is using this laptop?": choose a known person (a plan's team member or someone added before) or type a new
 * one (name required; position and agency). Asked at first start and opened again to switch (#15).
 */
public final class InspectorChooserViewModel {

    private final InspectorService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final Consumer<Inspector> onChosen;
    private final ObservableList<Inspector> people = FXCollections.observableArrayList();
    private final ObjectProperty<Inspector> selected = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final StringProperty agency = new SimpleStringProperty("");
    private final BooleanProperty firstStart = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param onChosen told on the FX thread once a person is the current inspector */
    public InspectorChooserViewModel(InspectorService service, BackgroundExecutor executor, Messages messages,
                                     Consumer<Inspector> onChosen) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.onChosen = onChosen;
        // a person typed in and one picked from the list exclude each other: what the user did last counts
        selected.addListener((obs, old, person) -> {
            if (person != null) {
                fullName.set("");
                jobTitle.set("");
                agency.set("");
            }
        });
        fullName.addListener((obs, old, text) -> {
            if (text != null && !text.isBlank()) {
                selected.set(null);
            }
        });
    }

    /** Loads the known people and the current one (off the FX thread). */
    public void load() {
        executor.run(() -> new Loaded(service.known(), service.current().orElse(null)))
                .onSuccess(loaded -> {
                    people.setAll(loaded.people());
                    current.set(loaded.current() == null ? messages.get("plan.inspector.noneYet")
                            : messages.get("plan.inspector.current", loaded.current().recordText()));
                    if (loaded.current() != null) {
                        people.stream().filter(p -> p.uuid().equals(loaded.current().uuid())).findFirst()
                                .ifPresent(selected::set);
                    }
                })
                .onError(e -> message.set(messages.get("plan.inspector.loadFailed")))
                .start();
    }

    private record Loaded(List<Inspector> people, Inspector current) {
    }

    /** Makes the typed-in person, else the selected one, the current inspector. */
    public void confirm() {
        Inspector person;
        if (!fullName.get().isBlank()) {
            List<Problem> problems = InspectorService.check(fullName.get(), jobTitle.get(), agency.get());
            if (!problems.isEmpty()) {
                message.set(text(problems));
                return;
            }
            person = Inspector.create(fullName.get(), jobTitle.get(), agency.get());
        } else if (selected.get() != null) {
            person = selected.get();
        } else {
            message.set(messages.get("plan.inspector.error.chooseOrAdd"));
            return;
        }
        busy.set(true);
        executor.write(() -> service.choose(person)).onSuccess(chosen -> {
            busy.set(false);
            onChosen.accept(chosen);
            done.set(true);
        }).onError(e -> {
            busy.set(false);
            message.set(e instanceof InvalidInputException invalid ? text(invalid.problems())
                    : messages.get("plan.inspector.saveFailed"));
        }).start();
    }

    private String text(List<Problem> problems) {
        return String.join("\n", problems.stream().map(p -> messages.get(p.messageKey(), p.argArray())).toList());
    }

    /** One line in the list: "Nguyễn Văn A (Chuyên viên, Sở Nội vụ)". */
    public String label(Inspector person) {
        return person.recordText();
    }

    public String title() {
        return messages.get(firstStart.get() ? "plan.inspector.firstStartTitle" : "plan.inspector.title");
    }

    public ObservableList<Inspector> people() {
        return people;
    }

    public ObjectProperty<Inspector> selectedProperty() {
        return selected;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty agencyProperty() {
        return agency;
    }

    /** True when asked at first start (the intro says why ParCheck asks). */
    public BooleanProperty firstStartProperty() {
        return firstStart;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True once a person was chosen and saved: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
