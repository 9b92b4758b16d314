package org.partydesk.gui.dashboard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.CommitteeTerms;
import org.partydesk.app.org.MemberForm;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.RecruitForm;
import org.partydesk.app.org.Recruitment;
import org.partydesk.app.search.Hit;
import org.partydesk.app.search.HitKind;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's member-life reminders without a window, on a real SQLite file with {@link RosterFixture}
 * (today 2025-12-05): a 预备期 ending within 30 days, an application without a talk, a 回执 not back after three
 * months, a branch 应换届 and one 逾期未换届; overdue first, each opening its member or organisation.
 */
class RemindersModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private RosterFixture.Ids ids;
    private RemindersModel model;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("reminders.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        model = new RemindersModel(ws, new I18n(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void nothingDueShowsNoReminders() {
        Workspace empty = Workspace.of(Database.open(dir.resolve("empty.db")), "王干事");
        RemindersModel none = new RemindersModel(empty, new I18n(Locale.SIMPLIFIED_CHINESE));
        none.show(none.read(TODAY));
        empty.close();
        assertThat(none.lines()).isEmpty();
        assertThat(none.visibleProperty().get()).isFalse();
    }

    @Test
    void aMemberMadeFullIsNoLongerReminded() {
        model.show(model.read(TODAY));
        assertThat(model.lines()).extracting(RemindersModel.Line::text).singleElement().asString()
                .contains("预备党员“李娜”", "已于 2009-06-29 届满");
        new Members(ws).makeFull(ids.members().get("李娜"), LocalDate.of(2009, 7, 1));
        model.show(model.read(TODAY));
        assertThat(model.lines()).isEmpty();
        assertThat(model.visibleProperty().get()).isFalse();
    }

    @Test
    void probationTalkReceiptAndTermsAreRemindedOverdueFirstAndOpenTheirMemberOrOrganisation() {
        int branch1 = ids.units().get(RosterFixture.BRANCH_1);
        int branch2 = ids.units().get(RosterFixture.BRANCH_2);
        int sun = new Members(ws).add(new MemberForm("孙丽", null, "汉族", null, RosterFixture.idNumber("19980505", "082"), "大学本科",
                MemberStatus.PROBATIONARY, MemberCategory.ACTIVE, null, LocalDate.of(2024, 12, 20), null, null, "科员",
                branch1, LocalDate.of(2024, 12, 20)));
        new Recruitment(ws).apply(new RecruitForm("周杰", null, null, RosterFixture.idNumber("20000101", "093"), branch2,
                LocalDate.of(2025, 10, 1), null));
        new CommitteeTerms(ws).record(branch1, LocalDate.of(2022, 12, 20), null);
        new CommitteeTerms(ws).record(branch2, LocalDate.of(2022, 6, 1), null);
        int chen = ids.members().get("陈刚");
        new org.partydesk.app.org.MemberLife(ws).transferOut(chen, LocalDate.of(2025, 8, 1), "省生态环境厅机关第三党支部", "0123",
                null, null);

        model.show(model.read(TODAY));
        assertThat(model.visibleProperty().get()).isTrue();
        // 李娜 of the fixture is a 预备党员 since 2008: her probation is long over
        assertThat(model.lines()).extracting(RemindersModel.Line::tag).containsExactly("预备期届满（已逾期）",
                "逾期未换届（已逾期）", "入党申请谈话（已逾期）", "介绍信回执（已逾期）", "预备期届满", "应换届");
        assertThat(model.lines()).extracting(RemindersModel.Line::overdue).containsExactly(true, true, true, true, false, false);
        assertThat(model.lines().get(3).text()).startsWith("“陈刚”于 2025-08-01 转往“省生态环境厅机关第三党支部”，组织关系介绍信回执超过 3 个月仍未收回");
        assertThat(model.open(model.lines().get(3))).isEqualTo(new Hit(HitKind.MEMBER, chen, "", ""));
        model.lines().remove(3);
        model.lines().remove(0);
        assertThat(model.lines().get(0).text()).contains("“" + RosterFixture.BRANCH_2 + "”委员会于 2022-06-01 选举产生", "逾期未换届");
        assertThat(model.lines().get(1).text()).contains("“周杰”于 2025-10-01 递交入党申请书");
        assertThat(model.lines().get(2).text()).contains("预备党员“孙丽”", "将于 2025-12-19 届满");
        assertThat(model.lines().get(3).text()).contains("将于 2025-12-19 届满，应做好换届准备");

        assertThat(model.lines()).extracting(model::open).extracting(Hit::kind, Hit::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HitKind.ORG_UNIT, branch2),
                org.assertj.core.groups.Tuple.tuple(HitKind.ORG_UNIT, branch2),
                org.assertj.core.groups.Tuple.tuple(HitKind.MEMBER, sun),
                org.assertj.core.groups.Tuple.tuple(HitKind.ORG_UNIT, branch1));
    }
}
