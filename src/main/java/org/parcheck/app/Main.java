package org.parcheck.app;

/** Entry point; a plain class so that JavaFX starts on the classpath (stack.md). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("ParCheck");
    }
}
