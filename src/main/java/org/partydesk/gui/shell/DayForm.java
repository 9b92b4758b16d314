package org.partydesk.gui.shell;

import java.time.LocalDate;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A one-shot form of one day (转正, 回执, the end of 失联, 结束任职, 换届选举 …): the {@link #day} (today at first) and
 * the write it is for.
 *
 * @param <R> what the write returns (the page or the list read again)
 */
public final class DayForm<R> extends SavingForm<R> {
    public final ObjectProperty<LocalDate> day;
    private final Function<LocalDate, BackgroundTask.Work<R>> write;

    public DayForm(String whatKey, LocalDate today, Function<LocalDate, BackgroundTask.Work<R>> write) {
        super(whatKey);
        this.day = new SimpleObjectProperty<>(today);
        this.write = write;
    }

    @Override
    protected BackgroundTask.Work<R> work() {
        return write.apply(day.get());
    }
}
