package org.partydesk.gui.commendations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.Roster;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.gui.FormTesting.ZH;
import static org.partydesk.gui.FormTesting.audits;
import static org.partydesk.gui.FormTesting.now;

/**
 * 荣誉名称's form of a new title without a window (decision 0054), on a real SQLite file: a name already there is
 * refused inside the form, which keeps the name, level, kind and period; another name is added once, the list read
 * again and the name cleared for the next.
 */
class TitleFormTest {
    @TempDir
    Path dir;

    @Test
    void aTitleAlreadyThereIsRefusedKeepingWhatWasTypedThenAnotherIsAddedOnce() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "干事")) {
            RosterFixture.fill(ws.database());
            Commendations commendations = new Commendations(ws);
            CommendationsModel model = new CommendationsModel(commendations, new Roster(ws), ZH);
            CommendationsModel.TitleForm form = model.titleForm();
            form.name.set("月度作风标兵");
            form.level.set(CommendationLevel.MUNICIPAL);
            form.collective.set(true);
            form.period.set(PeriodKind.QUARTER);
            List<List<CommendationTitle>> shown = new ArrayList<>();
            int titles = commendations.titles().size();
            int before = audits(ws);

            form.add(now(), shown::add);

            assertThat(form.problem().get()).contains("月度作风标兵");
            assertThat(form.name.get()).isEqualTo("月度作风标兵");
            assertThat(form.level.get()).isEqualTo(CommendationLevel.MUNICIPAL);
            assertThat(form.collective.get()).isTrue();
            assertThat(form.period.get()).isEqualTo(PeriodKind.QUARTER);
            assertThat(shown).isEmpty();
            assertThat(audits(ws)).isEqualTo(before);
            assertThat(commendations.titles()).hasSize(titles);

            form.name.set("季度优秀党小组");
            form.add(now(), shown::add);

            assertThat(form.problem().get()).isEmpty();
            assertThat(form.name.get()).as("cleared for the next title").isEmpty();
            assertThat(form.level.get()).isEqualTo(CommendationLevel.MUNICIPAL);
            assertThat(shown).singleElement().satisfies(all -> assertThat(all).hasSize(titles + 1)
                    .anySatisfy(t -> {
                        assertThat(t.name()).isEqualTo("季度优秀党小组");
                        assertThat(t.collective()).isTrue();
                        assertThat(t.periodKind()).isEqualTo(PeriodKind.QUARTER);
                    }));
            assertThat(audits(ws)).isEqualTo(before + 1);
        }
    }
}
