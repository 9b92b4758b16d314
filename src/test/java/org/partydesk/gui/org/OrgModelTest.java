package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Organisation;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree and roster of 组织与党员 without a window, on a real SQLite file with {@link RosterFixture}
 * (today 2025-12-05): reads and writes run on the test's thread through {@link Background#sameThread}.
 */
class OrgModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    private static final LocalDate LEFT_ON = LocalDate.of(2025, 11, 28);
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);
    @TempDir
    Path dir;
    private Workspace ws;
    private RosterFixture.Ids ids;
    private OrgModel model;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("org.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        model = new OrgModel(new Roster(ws), new Organisation(ws), Background.sameThread(I18N), I18N);
        model.reload(null);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theTreeShowsEachUnitWithItsMemberCountAndTheFirstUnitIsChosen() {
        assertThat(texts(model.tree().get())).containsExactly("机关党委 5", "  机关第一党支部 3",
                "    第一党小组 1", "  机关第二党支部 2");
        assertThat(model.chosen().get().unit().name()).isEqualTo(RosterFixture.COMMITTEE);
        assertThat(model.shown).hasSize(5);
        assertThat(model.count().get()).isEqualTo("5 名党员");
    }

    @Test
    void choosingABranchListsItsMembersWithMaskedIdNumbers() {
        model.select(ids.units().get(RosterFixture.BRANCH_2));

        assertThat(model.shown).extracting(MemberRow::name).containsExactly("陈刚", "赵敏");
        String zhaoId = RosterFixture.idNumber("19900215", "042");
        MemberRow zhao = model.shown.get(1);
        assertThat(zhao.maskedIdNumber()).isEqualTo("420102********" + zhaoId.substring(14));
        assertThat(zhao.branchName()).isEqualTo(RosterFixture.BRANCH_2);
        assertThat(model.count().get()).isEqualTo("2 名党员");
    }

    @Test
    void includingThoseWhoLeftAddsThemWithTheDayButDoesNotCountThem() {
        int chen = ids.members().get("陈刚");
        new MemberLife(ws).transferOut(chen, LEFT_ON, "省生态环境厅机关第三党支部", "0123", null, null);
        model.reload(ids.units().get(RosterFixture.BRANCH_2));
        assertThat(model.shown).extracting(MemberRow::name).containsExactly("赵敏");
        assertThat(model.left(chen)).isEmpty();

        model.includeLeft.set(true);

        assertThat(model.shown).extracting(MemberRow::name).containsExactlyInAnyOrder("赵敏", "陈刚");
        assertThat(model.left(chen)).hasValueSatisfying(l -> assertThat(l.leftOn()).isEqualTo(LEFT_ON));
        assertThat(model.count().get()).isEqualTo("1 名党员");

        model.includeLeft.set(false);
        assertThat(model.shown).extracting(MemberRow::name).containsExactly("赵敏");
        assertThat(model.left(chen)).isEmpty();
    }

    @Test
    void theNameFilterNarrowsTheRowsAndTheCount() {
        model.select(ids.units().get(RosterFixture.BRANCH_1));
        assertThat(model.shown).hasSize(3);

        model.filter.set(" 张 ");
        assertThat(model.shown).extracting(MemberRow::name).containsExactly("张伟");
        assertThat(model.rows).hasSize(3);
        assertThat(model.count().get()).isEqualTo("1 名党员");

        model.filter.set("");
        assertThat(model.count().get()).isEqualTo("3 名党员");
    }

    @Test
    void aUnitAddedMovedAndClosedThroughTheModelChangesTheTree() {
        int committee = ids.units().get(RosterFixture.COMMITTEE);
        model.addUnit(new Organisation.NewUnit(committee, OrgKind.BRANCH, "生态文明宣讲党支部", false,
                LocalDate.of(2025, 3, 1), null));
        assertThat(texts(model.tree().get())).contains("  生态文明宣讲党支部 0");
        OrgUnit added = model.chosen().get().unit();
        assertThat(added.name()).isEqualTo("生态文明宣讲党支部");
        assertThat(model.shown).isEmpty();
        assertThat(model.count().get()).isEqualTo("0 名党员");

        OrgUnit cell = model.find(ids.units().get(RosterFixture.CELL)).orElseThrow().unit();
        model.moveUnit(cell, model.find(ids.units().get(RosterFixture.BRANCH_2)).orElseThrow().unit());
        assertThat(model.find(ids.units().get(RosterFixture.BRANCH_2)).orElseThrow().children())
                .extracting(n -> n.unit().name()).containsExactly(RosterFixture.CELL);
        assertThat(model.find(ids.units().get(RosterFixture.BRANCH_1)).orElseThrow().children()).isEmpty();
        assertThat(model.chosen().get().unit().id()).isEqualTo(cell.id());
        assertThat(model.shown).extracting(MemberRow::name).containsExactly("张伟");

        model.closeUnit(added, TODAY);
        assertThat(model.allUnits()).extracting(OrgUnit::name).doesNotContain("生态文明宣讲党支部");
        assertThat(model.chosen().get().unit().id()).isEqualTo(committee);
        assertThat(model.shown).hasSize(5);
    }

    /** Each unit as "name count", indented two spaces a level, depth first. */
    private static List<String> texts(List<OrgNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> collect(n, "", out));
        return out;
    }

    private static void collect(OrgNode node, String indent, List<String> out) {
        out.add(indent + node.unit().name() + " " + node.memberCount());
        node.children().forEach(c -> collect(c, indent + "  ", out));
    }
}
