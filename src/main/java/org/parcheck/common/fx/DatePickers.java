package org.parcheck.common.fx;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.parcheck.common.util.Dates;

/**
 * Date pickers that read and show dates as Vietnamese users write them, whatever the computer's locale: dd/MM/yyyy
 * (also d/M/yyyy, d-M-yyyy, d.M.yyyy and yyyy-MM-dd, as {@link Dates} reads them). With the default converter an
 * English Windows read 05/01/2026 as 1 May, and text it could not read was cleared or raised an error. Here text
 * that is not a date keeps the previous value and marks the field (red border, the message as tooltip) until a
 * date is given; the text stays as typed, so that it can be corrected rather than typed again (#16 §3).
 */
public final class DatePickers {

    /** The pseudo-class set while the typed text is not a date (styled in the app's CSS). */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private DatePickers() {
    }

    /** Makes {@code picker} read and show dd/MM/yyyy; {@code invalidMessage} explains a refused text. */
    public static void dayMonthYear(DatePicker picker, String invalidMessage) {
        Tooltip hint = new Tooltip(invalidMessage);
        // the text last refused, shown again instead of the kept value until a date is given or chosen
        String[] refused = {null};
        // JavaFX's skin empties the editor after a refused text when there is no value to keep (whatever the
        // converter says): the refused text is put back once, in the same event
        boolean[] putBack = {false};
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            if (putBack[0] && (now == null || now.isEmpty()) && refused[0] != null) {
                putBack[0] = false;
                picker.getEditor().setText(refused[0]);
            }
        });
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return refused[0] != null ? refused[0] : Dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    refused[0] = null;
                    mark(picker, hint, false);
                    return null;
                }
                Optional<LocalDate> date = Dates.parse(text);
                refused[0] = date.isEmpty() ? text : null;
                if (date.isEmpty() && picker.getValue() == null) {
                    putBack[0] = true;
                    Platform.runLater(() -> putBack[0] = false);
                }
                mark(picker, hint, date.isEmpty());
                return date.orElse(picker.getValue());
            }
        });
        // a date chosen in the calendar or set by the form (cleared after a row is added) replaces refused text
        picker.valueProperty().addListener((obs, old, now) -> {
            refused[0] = null;
            mark(picker, hint, false);
        });
        picker.setPromptText(picker.getPromptText() == null || picker.getPromptText().isBlank() ? "dd/mm/yyyy"
                : picker.getPromptText());
    }

    /** Whether the picker shows text that is not a date (a form should not be saved with it). */
    public static boolean hasUnreadableText(DatePicker picker) {
        return picker.getPseudoClassStates().contains(INVALID);
    }

    private static void mark(DatePicker picker, Tooltip hint, boolean invalid) {
        picker.pseudoClassStateChanged(INVALID, invalid);
        picker.setTooltip(invalid ? hint : null);
    }
}
