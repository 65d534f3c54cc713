package org.parcheck.app.settings;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.parcheck.app.AppInfo;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Inspector;

/** State of the settings and About page. */
public final class SettingsViewModel {

    private final Messages messages;
    private final LanguageSwitcher switcher;
    private final AppInfo info;
    private final ObjectProperty<Locale> language;
    private final ReadOnlyStringWrapper inspectorText = new ReadOnlyStringWrapper();
    private final Runnable switchInspector;

    public SettingsViewModel(Messages messages, LanguageSwitcher switcher, AppInfo info) {
        this(messages, switcher, info, new SimpleObjectProperty<>(), () -> { });
    }

    /**
     * @param inspector       the person using the laptop (#15), null while nobody was chosen
     * @param switchInspector opens the dialog that switches the person
     */
    public SettingsViewModel(Messages messages, LanguageSwitcher switcher, AppInfo info,
                             ReadOnlyObjectProperty<Inspector> inspector, Runnable switchInspector) {
        this.messages = messages;
        this.switcher = switcher;
        this.info = info;
        this.language = new SimpleObjectProperty<>(messages.locale());
        this.switchInspector = switchInspector;
        this.inspectorText.bind(Bindings.createStringBinding(() -> inspector.get() == null
                ? messages.get("plan.inspector.noneYet") : inspector.get().recordText(), inspector));
    }

    /** The person using the laptop, or that nobody was chosen yet. */
    public ReadOnlyStringProperty inspectorProperty() {
        return inspectorText.getReadOnlyProperty();
    }

    public void switchInspector() {
        switchInspector.run();
    }

    public List<Locale> languages() {
        return Messages.SUPPORTED;
    }

    /** The name of a language in that language ("Tiếng Việt", "English"). */
    public String languageName(Locale locale) {
        return messages.get("app.settings.language." + locale.getLanguage());
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Applies the chosen language if it differs from the current one. */
    public void applyLanguage() {
        Locale chosen = language.get();
        if (chosen != null && !chosen.equals(messages.locale())) {
            switcher.switchTo(chosen);
        }
    }

    public String version() {
        return info.version();
    }

    public String dataFolder() {
        return info.dataDir().toString();
    }

    public String databaseFile() {
        return info.databaseFile().toString();
    }

    public String logFile() {
        return info.logFile().toString();
    }
}
