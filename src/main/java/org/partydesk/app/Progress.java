package org.partydesk.app;

/**
 * How long work (import, export, reports, backup, sample) reports progress and learns that the user
 * cancelled it. The GUI adapts it to a {@code javafx.concurrent.Task}; the command line prints nothing.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public void update(long done, long total, java.util.function.Supplier<String> message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    /**
     * {@link #update(long, long, String)} with a message made only when it is shown: a loop reporting every row of a
     * large import made a text per row that nobody reads on the command line ({@link #NONE}).
     */
    default void update(long done, long total, java.util.function.Supplier<String> message) {
        update(done, total, message.get());
    }

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user cancelled: the transaction around it rolls back. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown to abandon work the user cancelled; nothing of it is written. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("操作已取消，未写入任何数据");
        }
    }
}
