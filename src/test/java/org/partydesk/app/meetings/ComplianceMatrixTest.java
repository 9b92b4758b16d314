package org.partydesk.app.meetings;

import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.ComplianceRules;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.Rating;
import org.partydesk.model.Shortfall;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.meetings.ComplianceCheckTest.at;

/** The 红黄旗 matrix of a year and the rule settings, on the hand-made bureau of {@link MeetingFixture#bureau2025()}. */
class ComplianceMatrixTest {
    @TempDir
    Path dir;

    @Test
    void monthsAndQuartersAreRatedFromOneCountAndAgreeWithTheYear() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("m.db"), at("2025-08-15")), "测试")) {
            new MeetingFixture(ws.database()).bureau2025();
            ComplianceMatrix months = new ComplianceCheck(ws).matrix(2025, true);
            assertThat(months.periods()).hasSize(12);
            assertThat(months.rows()).extracting(ComplianceMatrix.Row::name)
                    .containsExactly("局党组", "第一党支部", "第二党支部", "第三党支部", "临时党支部");
            ComplianceMatrix.Row second = months.rows().get(2);
            // April: the month's 支委会 missing; June: the quarter's 党课 judged in its last month, held
            assertThat(second.cells().get(3).shortfalls()).containsExactly(
                    new Shortfall(MeetingType.BRANCH_COMMITTEE, "2025-04", 1, 0, null));
            assertThat(second.cells().get(3).rating()).isEqualTo(Rating.RED);
            assertThat(second.cells().get(5).rating()).isEqualTo(Rating.GREEN);
            ComplianceMatrix.Row third = months.rows().get(3);
            assertThat(third.cells().get(2).shortfalls()).extracting(Shortfall::slot).containsExactly("2025-Q1");
            assertThat(third.cells().get(1).shortfalls()).isEmpty();
            // 临时党支部 did not exist before July; August has not ended on 15 August; September has not begun
            ComplianceMatrix.Row temporary = months.rows().get(4);
            assertThat(temporary.cells().subList(0, 6)).allMatch(Objects::isNull);
            assertThat(temporary.cells().get(7).shortfalls()).isEmpty();
            assertThat(months.started(7)).isTrue();
            assertThat(months.started(8)).isFalse();
            assertThat(second.year()).isEqualTo(new ComplianceCheck(ws).run(2025, null).branches().get(2));

            ComplianceMatrix quarters = new ComplianceCheck(ws).matrix(2025, false);
            assertThat(quarters.rows().get(2).cells()).extracting(BranchCompliance::rating)
                    .containsExactly(Rating.GREEN, Rating.YELLOW, Rating.GREEN, Rating.GREEN);
            assertThat(quarters.rows().get(2).cells().get(1))
                    .isEqualTo(new ComplianceCheck(ws).run(2025, 2).branches().get(2));
        }
    }

    @Test
    void ruleChangesAreCheckedAuditedAndTheDefaultsComeBack() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("r.db"), at("2026-01-10")), "测试")) {
            ComplianceSettings settings = new ComplianceSettings(ws);
            assertThat(settings.rules()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactlyElementsOf(ComplianceRules.DEFAULTS);
            ComplianceRule committee = settings.rules().get(0);
            assertThatThrownBy(() -> settings.save(new ComplianceRule(null, committee.meetingType(), committee.unitKind(),
                    PeriodKind.YEAR, 2, true)))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("已有同一会议类型");
            assertThatThrownBy(() -> settings.save(new ComplianceRule(null, MeetingType.CENTRAL_GROUP_STUDY,
                    OrgKind.ORGAN_COMMITTEE, PeriodKind.YEAR, 2, true)))
                    .isInstanceOf(InputRejectedException.class);
            int study = settings.save(new ComplianceRule(null, MeetingType.CENTRAL_GROUP_STUDY, OrgKind.LEADING_GROUP,
                    PeriodKind.QUARTER, 2, true));
            settings.save(new ComplianceRule(committee.id(), committee.meetingType(), committee.unitKind(),
                    PeriodKind.QUARTER, 2, false));
            assertThat(settings.rules()).hasSize(9).anySatisfy(r -> {
                assertThat(r.id()).isEqualTo(study);
                assertThat(r.required()).isEqualTo(2);
            });
            settings.delete(study);
            settings.restoreDefaults();
            assertThat(settings.rules()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactlyElementsOf(ComplianceRules.DEFAULTS);
            Integer audited = ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG,
                    org.partydesk.store.jooq.Tables.AUDIT_LOG.TABLE_NAME.eq("compliance_rule"));
            // 1 insert, 1 update, 1 delete, then 8 deletions and 8 insertions
            assertThat(audited).isEqualTo(19);
        }
    }
}
