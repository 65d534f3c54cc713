package org.parcheck.common.fx;

import java.time.LocalDate;
import java.util.Optional;
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
 * date is given; the text stays in the field as typed (#16 §3: a wrong date is kept and marked, never erased), so
 * the user corrects it instead of typing it again. A value set by the program (a form cleared after adding a row)
 * drops the kept text and the mark.
 */
public final class DatePickers {

    /** The pseudo-class set while the typed text is not a date (styled in the app's CSS). */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private DatePickers() {
    }

    /** Makes {@code picker} read and show dd/MM/yyyy; {@code invalidMessage} explains a refused text. */
    public static void dayMonthYear(DatePicker picker, String invalidMessage) {
        Tooltip hint = new Tooltip(invalidMessage);
        String[] refused = new String[1];
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // the skin writes the value back into the field after every commit: keep refused text visible
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
                mark(picker, hint, date.isEmpty());
                return date.orElse(picker.getValue());
            }
        });
        picker.valueProperty().addListener((obs, before, after) -> {
            if (refused[0] != null) {
                refused[0] = null;
                mark(picker, hint, false);
            }
        });
        picker.getEditor().textProperty().addListener((obs, before, after) -> {
            if (refused[0] != null && !refused[0].equals(after)) {
                refused[0] = null;
            }
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
