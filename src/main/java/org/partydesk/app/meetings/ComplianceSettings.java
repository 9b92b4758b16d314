package org.partydesk.app.meetings;

import java.util.List;
import java.util.Objects;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.ComplianceRules;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.ComplianceRepository;

/**
 * The 红黄旗 rules as the clerk edits them in the settings: add, change, delete, restore the defaults.
 * Every write is one audited transaction; the next check uses the new rules.
 */
public final class ComplianceSettings {
    /** The unit kinds a rule may apply to, and the periods it may count in. */
    public static final List<OrgKind> UNIT_KINDS = ComplianceRules.RULE_UNIT_KINDS;
    public static final List<PeriodKind> PERIODS = ComplianceRules.RULE_PERIODS;

    private final Workspace ws;
    private final ComplianceRepository repo;

    public ComplianceSettings(Workspace ws) {
        this.ws = ws;
        this.repo = new ComplianceRepository(ws.database());
    }

    public List<ComplianceRule> rules() {
        return repo.rules();
    }

    /** Adds the rule (id null) or changes it; refused when another rule has the same type and unit kind. */
    public int save(ComplianceRule rule) {
        validate(rule);
        if (rule.id() == null) {
            return repo.addRule(ws.operator(), rule);
        }
        repo.updateRule(ws.operator(), rule);
        return rule.id();
    }

    public void delete(int id) {
        repo.deleteRule(ws.operator(), id);
    }

    /** Replaces every rule by the defaults ({@link ComplianceRules#DEFAULTS}). */
    public void restoreDefaults() {
        repo.replaceRules(ws.operator(), ComplianceRules.DEFAULTS);
    }

    private void validate(ComplianceRule rule) {
        if (rule.meetingType() == null || rule.unitKind() == null || rule.period() == null) {
            throw new InputRejectedException("请选择会议类型、适用组织和考核周期");
        }
        if (!ComplianceRules.RULE_UNIT_KINDS.contains(rule.unitKind())) {
            throw new InputRejectedException("合规规则只能适用于党支部、党小组或党组");
        }
        if (!ComplianceRules.RULE_PERIODS.contains(rule.period())) {
            throw new InputRejectedException("考核周期只能是每月、每季度或每年");
        }
        if (rule.required() < 0 || rule.required() > 99) {
            throw new InputRejectedException("要求次数应在 0 到 99 之间");
        }
        boolean duplicate = repo.rules().stream().anyMatch(r -> !Objects.equals(r.id(), rule.id())
                && r.meetingType() == rule.meetingType() && r.unitKind() == rule.unitKind());
        if (duplicate) {
            throw new InputRejectedException("已有同一会议类型、同一适用组织的规则，请直接修改那一条");
        }
    }
}
