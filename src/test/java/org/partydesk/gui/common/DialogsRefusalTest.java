package org.partydesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.partydesk.app.InputRejectedException;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused input is no failure: found through its causes, logged as information without a stack trace. */
class DialogsRefusalTest {
    @Test
    void aRefusalIsFoundThroughTheCausesAndOtherFailuresAreNot() {
        InputRejectedException refused = new InputRejectedException("请填写单位名称");
        assertThat(Dialogs.refusal(new IllegalStateException("wrapped", refused))).isSameAs(refused);
        assertThat(Dialogs.refusal(refused)).isSameAs(refused);
        assertThat(Dialogs.refusal(new IllegalStateException("磁盘已满"))).isNull();
    }

    @Test
    void aRefusalIsLoggedAsInformationWithoutAStackTrace() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("org.partydesk");
        log.addHandler(handler);
        try {
            Dialogs.logRefusal("初始化本单位", "请填写单位名称");
        } finally {
            log.removeHandler(handler);
        }
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.INFO);
            assertThat(r.getThrown()).isNull();
            assertThat(r.getMessage()).isEqualTo("初始化本单位：请填写单位名称");
        });
    }
}
