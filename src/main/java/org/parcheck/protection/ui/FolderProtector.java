package org.parcheck.protection.ui;

import java.util.function.Consumer;
import org.parcheck.common.fx.BackgroundTask;
import org.parcheck.protection.RecoveryKey;

/**
 * Turns protection on for the window's data folder (#19): at first start a folder without a database yet, from
 * Settings a folder with data (the window closes its database, protects the folder and opens it again with the
 * key). The window implements it; the protection dialogs only ask the password and show the recovery key.
 */
@FunctionalInterface
public interface FolderProtector {

    /**
     * The work that protects the folder with {@code password}, not yet started (the dialog shows its progress, then
     * starts it). Its callbacks run on the FX thread: the recovery key to show once, or why it failed (the folder
     * then as it was). The work wipes {@code password} when done.
     */
    BackgroundTask<?> protect(char[] password, Consumer<RecoveryKey> onProtected, Consumer<Throwable> onFailed);
}
