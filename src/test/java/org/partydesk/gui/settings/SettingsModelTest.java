package org.partydesk.gui.settings;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.BackupService;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceSettings;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PeriodKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model of 设置 on a real SQLite file, from an empty database, without a robot. */
class SettingsModelTest {
    @TempDir
    Path dir;

    @Test
    void whatTheGeneralTabShowsIsReadInOneGoAndEachSaveIsReadBack() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("s.db"), "干事")) {
            SettingsModel m = new SettingsModel(ws, new ComplianceSettings(ws));
            SettingsModel.Values fresh = m.read();
            assertThat(fresh.database()).isEqualTo(dir.resolve("s.db").toAbsolutePath().toString());
            assertThat(fresh.operator()).isEqualTo("干事");
            assertThat(fresh.keep()).isEqualTo(BackupService.DEFAULT_KEEP);
            assertThat(fresh.fontSize()).isNull();
            assertThat(fresh.language()).isEqualTo("zh");

            m.saveOperator("党务办公室");
            m.saveBureau("示例局");
            m.saveFontSize(16);
            m.saveLanguage("en");
            Path folder = Files.createDirectories(dir.resolve("备份"));
            assertThat(m.saveBackups(folder.toString(), 5)).isEmpty();
            SettingsModel.Values saved = m.read();
            assertThat(saved).isEqualTo(new SettingsModel.Values(fresh.database(), "示例局", "党务办公室", folder.toString(), 5,
                    16, "en"));

            SettingsModel.BackedUp made = m.backupNow(Progress.NONE);
            BackupService.Done done = made.done();
            assertThat(done.file().getParent()).isEqualTo(folder);
            assertThat(made.backups()).extracting(BackupService.Entry::file).containsExactly(done.file());
            assertThat(m.backups()).extracting(BackupService.Entry::file).containsExactly(done.file());
        }
    }

    @Test
    void aRuleIsAddedChangedRefusedDeletedAndTheDefaultsComeBack() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            SettingsModel m = new SettingsModel(ws, new ComplianceSettings(ws));
            int defaults = m.rules(null).rules().size();
            assertThat(defaults).isPositive();

            SettingsModel.RuleSaved added = m.saveRule(new ComplianceRule(null, MeetingType.PARTY_LESSON, OrgKind.LEADING_GROUP,
                    PeriodKind.YEAR, 2, true));
            assertThat(added.refusal()).isNull();
            assertThat(added.rules().rules()).hasSize(defaults + 1);
            Integer id = added.rules().selectId();
            ComplianceRule rule = added.rules().rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            assertThat(rule.required()).isEqualTo(2);

            SettingsModel.RuleSaved refused = m.saveRule(new ComplianceRule(null, MeetingType.PARTY_LESSON, OrgKind.LEADING_GROUP,
                    PeriodKind.QUARTER, 1, true));
            assertThat(refused.rules()).isNull();
            assertThat(refused.refusal()).isEqualTo("已有同一会议类型、同一适用组织的规则，请直接修改那一条");

            assertThat(m.deleteRule(id).rules()).hasSize(defaults);
            m.saveRule(new ComplianceRule(null, MeetingType.PARTY_LESSON, OrgKind.LEADING_GROUP, PeriodKind.YEAR, 3, false));
            assertThat(m.restoreDefaultRules().rules()).hasSize(defaults);
        }
    }
}
