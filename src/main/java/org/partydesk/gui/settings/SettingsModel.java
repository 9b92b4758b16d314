package org.partydesk.gui.settings;

import java.util.List;

import org.partydesk.app.BackupService;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceSettings;
import org.partydesk.app.org.Organisation;
import org.partydesk.model.ComplianceRule;

/**
 * 设置 without controls: what the general tab shows (database, bureau, operator, backup folder and how many to keep,
 * font size, language) read in one go, and each save; the backups in the folder and 立即备份; the 红黄旗 rules and
 * their changes. It touches no control, so the section runs its reads and writes through the shell's executor.
 */
final class SettingsModel {
    /** The smallest and largest font size offered, in points. */
    static final int MIN_FONT = 12;
    static final int MAX_FONT = 20;

    /** What the general tab shows; {@code fontSize} is null when none (or none offered) is set. */
    record Values(String database, String bureau, String operator, String backupFolder, int keep, Integer fontSize,
            String language) {
    }

    private final Workspace ws;
    private final ComplianceSettings rules;

    SettingsModel(Workspace ws, ComplianceSettings rules) {
        this.ws = ws;
        this.rules = rules;
    }

    Values read() {
        BackupService backups = new BackupService(ws);
        Integer size = ws.setting(Workspace.FONT_SIZE_SETTING).filter(s -> s.strip().matches("\\d{2}"))
                .map(s -> Integer.parseInt(s.strip())).filter(n -> n >= MIN_FONT && n <= MAX_FONT).orElse(null);
        return new Values(ws.databaseFile().toAbsolutePath().toString(), ws.setting(Workspace.BUREAU_NAME_SETTING).orElse(""),
                ws.operator(), backups.folder().toString(), backups.keep(), size,
                "en".equals(ws.setting(Workspace.LANGUAGE_SETTING).orElse("zh")) ? "en" : "zh");
    }

    void saveOperator(String name) {
        ws.changeOperator(name);
    }

    void saveBureau(String name) {
        new Organisation(ws).setBureauName(name);
    }

    /** The backup folder and how many backups to keep; the backups in the folder then. */
    List<BackupService.Entry> saveBackups(String folder, int keep) {
        ws.putSetting(BackupService.FOLDER_SETTING, folder);
        ws.putSetting(BackupService.KEEP_SETTING, String.valueOf(keep));
        return backups();
    }

    void saveFontSize(int points) {
        ws.putSetting(Workspace.FONT_SIZE_SETTING, String.valueOf(points));
    }

    void saveLanguage(String code) {
        ws.putSetting(Workspace.LANGUAGE_SETTING, code);
    }

    /** The backups in the backup folder, newest first. */
    List<BackupService.Entry> backups() {
        return new BackupService(ws).list();
    }

    /** 立即备份: a backup into the backup folder, and the backups in the folder then (the new one among them). */
    BackedUp backupNow(Progress progress) {
        BackupService service = new BackupService(ws);
        BackupService.Done done = service.backup(null, progress);
        return new BackedUp(done, service.list());
    }

    /** A backup made, and the backups in the folder after it, newest first. */
    record BackedUp(BackupService.Done done, List<BackupService.Entry> backups) {
    }

    // ---- 合规规则 -------------------------------------------------------------------------------------------

    /** The rules, with the one to select: {@code selectId}'s when there, else none (the first). */
    record Rules(List<ComplianceRule> rules, Integer selectId) {
    }

    Rules rules(Integer selectId) {
        return new Rules(rules.rules(), selectId);
    }

    /** What a save of a rule came to: the rules with the saved one selected, or the refusal in words. */
    record RuleSaved(Rules rules, String refusal) {
    }

    /** Saves a rule (new when its id is null). */
    RuleSaved saveRule(ComplianceRule rule) {
        try {
            return new RuleSaved(rules(rules.save(rule)), null);
        } catch (InputRejectedException e) {
            return new RuleSaved(null, e.getMessage());
        }
    }

    Rules deleteRule(int id) {
        rules.delete(id);
        return rules(null);
    }

    Rules restoreDefaultRules() {
        rules.restoreDefaults();
        return rules(null);
    }
}
