package org.partydesk.store;

import java.util.Optional;
import java.util.function.Predicate;

/** The walk along an exception's chain of causes, the exception itself first (a cause that is itself ends it). */
public final class Causes {
    private Causes() {
    }

    /** The first of {@code e} and its causes that {@code test} accepts. */
    public static Optional<Throwable> find(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The first of {@code e} and its causes that is a {@code type}. */
    public static <T extends Throwable> Optional<T> of(Throwable e, Class<T> type) {
        return find(e, type::isInstance).map(type::cast);
    }
}
