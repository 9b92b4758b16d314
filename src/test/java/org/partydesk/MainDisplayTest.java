package org.partydesk;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether the window can open: without a display the launcher says so in one Chinese line (no stack trace). */
class MainDisplayTest {
    @Test
    void linuxWithoutDisplayIsRefusedInChinese() {
        assertThat(Main.displayProblem("Linux", Map.of(), null)).hasValueSatisfying(m -> {
            assertThat(m).startsWith("无法打开党务台账窗口").contains("DISPLAY", "--help").doesNotContain("\n");
        });
        assertThat(Main.displayProblem("Linux", Map.of("DISPLAY", " "), null)).isPresent();
        assertThat(Main.displayProblem("FreeBSD", Map.of(), null)).isPresent();
    }

    @Test
    void anX11OrWaylandDisplayOrHeadlessJavaFxMayOpenTheWindow() {
        assertThat(Main.displayProblem("Linux", Map.of("DISPLAY", ":0"), null)).isEmpty();
        assertThat(Main.displayProblem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isEmpty();
        assertThat(Main.displayProblem("Linux", Map.of(), "Monocle")).isEmpty();
    }

    @Test
    void windowsAndMacosNeedNoDisplayVariable() {
        assertThat(Main.displayProblem("Windows 10", Map.of(), null)).isEmpty();
        assertThat(Main.displayProblem("Mac OS X", Map.of(), null)).isEmpty();
    }
}
