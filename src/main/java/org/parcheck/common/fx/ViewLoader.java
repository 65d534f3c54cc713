package org.parcheck.common.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;
import org.parcheck.common.i18n.Messages;

/**
 * Loads {@code XxxView.fxml} beside the controller class {@code XxxView}, with the current messages and a
 * controller factory that constructs controllers with their dependencies (constructor injection).
 */
public final class ViewLoader {

    private final Messages messages;
    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllerFactory) {
        this.messages = Objects.requireNonNull(messages);
        this.controllerFactory = Objects.requireNonNull(controllerFactory);
    }

    public Messages messages() {
        return messages;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(Class<C> viewClass) {
        String resource = viewClass.getSimpleName() + ".fxml";
        URL url = viewClass.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("No FXML " + resource + " beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + url, e);
        }
    }
}
