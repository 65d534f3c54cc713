package org.parcheck.plan;

import java.util.function.Supplier;

/**
 * Runs repository calls in one transaction: all of them are committed, or none. Implemented by the database
 * ({@code database::inTransaction}); the plan feature does not see the persistence layer.
 */
@FunctionalInterface
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);
}
