package org.parcheck.protection;

import java.nio.file.Path;

/**
 * The child process of {@link KillDuringPasswordChangeTest}: changes the folder's password from one of two passwords
 * to the other and back, forever, until it is killed. Prints {@code looping} once it has found the current password.
 * Arguments: the data folder, password A, password B, the PBKDF2 iteration count.
 */
public final class PasswordChangeLoop {

    private PasswordChangeLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        char[][] passwords = {args[1].toCharArray(), args[2].toCharArray()};
        int iterations = Integer.parseInt(args[3]);
        int current;
        try (DataKey key = FolderKeys.unlock(dir, passwords[0])) {
            current = 0;
        } catch (ProtectionException e) {
            current = 1;
        }
        System.out.println("looping");
        System.out.flush();
        while (true) {
            FolderKeys.changePassword(dir, passwords[current], passwords[1 - current], iterations);
            current = 1 - current;
        }
    }
}
