package org.parcheck.server;

/**
 * Who may open office mode (#17): the reform office and leaders. An inspector's account is refused: inspectors work
 * on their laptop and sync; office mode shows the province's plans, which the server does not let an inspector read
 * (row-level security shows them only their own team's plans), so what they would see would be partial.
 */
public final class OfficeAccess {

    private OfficeAccess() {
    }

    /** Whether {@code account} may open office mode. */
    public static boolean allows(ServerAccount account) {
        return account.kind() == ServerAccount.Kind.OFFICE || account.kind() == ServerAccount.Kind.LEADER;
    }

    /** Raised when an account that may not open office mode connected; the connection is closed. */
    public static final class RefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String person;

        public RefusedException(ServerAccount account) {
            super("Office mode refused to " + account.roleName() + " (" + account.kind() + ")");
            this.person = account.fullName();
        }

        /** The full name of the person refused. */
        public String person() {
            return person;
        }
    }
}
