package org.partydesk.gui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.partydesk.gui.common.I18n;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar says what is being done while work runs, never what would have failed. */
class TaskTitlesTest {
    private static final Pattern WORK = Pattern.compile("\\.(?:run|load)\\(\"([a-zA-Z.]+)\"");
    private static final Pattern FAILURE = Pattern.compile("未能|无法|失败|could not|cannot|failed", Pattern.CASE_INSENSITIVE);

    @Test
    void theDashboardsReadSaysItReads() {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertThat(Shell.taskTitle(zh, "dashboard.loadFailed")).isEqualTo("正在读取工作台的数字…");
        assertThat(Shell.taskTitle(zh, "member.saving")).isEqualTo(zh.text("member.saving"));
    }

    @Test
    void noWorkOfTheScreensIsTitledByItsFailure() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/partydesk/gui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = WORK.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).contains("dashboard.loadFailed", "backups.listFailed", "recruit.failed", "dues.load.failed");
        for (I18n i18n : new I18n[] {new I18n(Locale.SIMPLIFIED_CHINESE), new I18n(Locale.ENGLISH)}) {
            for (String key : keys) {
                assertThat(Shell.taskTitle(i18n, key)).as(key + " in " + i18n.locale()).doesNotContainPattern(FAILURE);
            }
        }
    }
}
