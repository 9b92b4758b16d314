package org.partydesk.gui.commendations;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.CommendationLevel;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The 评先创优 screen's reads on a real SQLite file with the small {@link RosterFixture}, without JavaFX. */
class CommendationsModelTest {
    @TempDir
    Path dir;

    @Test
    void aChoiceIsReadInOneGoWithTheYearsCountsByLevelAndByTitleAndTheStatusLine() {
        try (Workspace ws = Workspace.open(dir.resolve("c.db"), "干事")) {
            RosterFixture.fill(ws.database());
            Commendations commendations = new Commendations(ws);
            Roster roster = new Roster(ws);
            CommendationsModel model = new CommendationsModel(commendations, roster, new I18n(Locale.SIMPLIFIED_CHINESE));
            int year = roster.today().getYear();
            List<Integer> members = roster.tree().stream()
                    .flatMap(n -> roster.members(n.unit().id(), true, roster.today()).stream())
                    .map(m -> m.memberId()).distinct().limit(2).toList();
            commendations.recordForMonth("月度作风标兵", YearMonth.of(year, 3), members, null, null, null, null);
            commendations.recordForMonth("月度作风标兵", YearMonth.of(year, 4), members.subList(0, 1), null, null, null, null);
            commendations.recordForMonth("优秀共产党员", YearMonth.of(year, 6), members.subList(0, 1),
                    CommendationLevel.MUNICIPAL, "市直机关工委", null, null);

            CommendationsModel.Setup setup = model.setup();
            assertThat(setup.thisYear()).isEqualTo(year);
            assertThat(setup.titles()).contains("月度作风标兵", "优秀共产党员");
            assertThat(setup.branches()).extracting(u -> u.name()).contains(RosterFixture.BRANCH_1, RosterFixture.BRANCH_2);

            CommendationsModel.Snapshot all = model.read(year, null, null, null);
            assertThat(all.rows()).hasSize(3);
            assertThat(all.byLevel()).containsExactly(new CommendationsModel.Count("市级", 1),
                    new CommendationsModel.Count("局级", 2));
            assertThat(all.byTitle()).containsExactly(new CommendationsModel.Count("月度作风标兵", 2),
                    new CommendationsModel.Count("优秀共产党员", 1));

            CommendationsModel.Snapshot municipal = model.read(year, CommendationLevel.MUNICIPAL, null, null);
            assertThat(municipal.rows()).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("优秀共产党员"));
            assertThat(municipal.byTitle()).as("the counts are the year's").hasSize(2);
            assertThat(municipal.status()).isEqualTo(year + "年 · 显示 1 项表彰 · 全年共 3 项");
        }
    }

    @Test
    void theEntryDialogsGetWhatTheyOfferBeforeTheyOpen() {
        try (Workspace ws = Workspace.open(dir.resolve("d.db"), "干事")) {
            RosterFixture.fill(ws.database());
            Roster roster = new Roster(ws);
            CommendationsModel model = new CommendationsModel(new Commendations(ws), roster, new I18n(Locale.SIMPLIFIED_CHINESE));

            CommendationsModel.EntrySetup batch = model.batchSetup();
            assertThat(batch.titles()).extracting(t -> t.name()).contains("月度作风标兵").doesNotContain("优秀共产党员");
            assertThat(batch.titles()).allSatisfy(t -> assertThat(t.collective()).isFalse());
            assertThat(batch.today()).isEqualTo(roster.today());
            assertThat(batch.branches()).extracting(u -> u.name()).contains(RosterFixture.BRANCH_1, RosterFixture.BRANCH_2);
            assertThat(batch.members()).hasSize(5);
            CommendationsModel.EntrySetup single = model.singleSetup();
            assertThat(single.titles()).extracting(t -> t.name()).contains("月度作风标兵", "优秀共产党员", "先进党支部");
            assertThat(single.members()).isEqualTo(batch.members());
            var branch2 = batch.branches().stream().filter(u -> u.name().equals(RosterFixture.BRANCH_2)).findFirst().orElseThrow();
            assertThat(model.members(branch2)).isNotEmpty().hasSizeLessThan(5);
        }
    }
}
