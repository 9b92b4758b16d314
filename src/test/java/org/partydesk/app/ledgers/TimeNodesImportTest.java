package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.Deadline;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.ResponsibilityRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** A 党组 responsibility list with the 时间节点 clerks write, into an empty database. */
class TimeNodesImportTest extends EmptyDatabaseTest {
    static SheetMaker list(String monthly) {
        return new SheetMaker().sheet("清单")
                .row("2025年党组落实全面从严治党主体责任清单").mergeLast(0, 6)
                .row("年度", "清单名称", "清单类型", "序号", "内容", "责任单位", "完成时限")
                .row(2025, "党组集体责任清单", "党组", "1", "召开党建工作会议", "办公室", "3-4月")
                .row(2025, "党组集体责任清单", "党组", "2", "签订责任书", "办公室", "3月至4月")
                .row(2025, "党组集体责任清单", "党组", "3", "开展专项检查", "机关党委", "4月初前")
                .row(2025, "党组集体责任清单", "党组", "4", "听取专题汇报", "机关党委", "上半年")
                .row(2025, "党组集体责任清单", "党组", "5", "年度考核", "机关党委", "2025年底")
                .row(2025, "党组集体责任清单", "党组", "6", "开展谈心谈话", "机关党委", monthly);
    }

    @Test
    void spokenTimeNodesBecomeDeadlinesAndMonthlyIsRefusedNamingTheCell() throws Exception {
        LedgerImporter refused = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws,
                list("每月").xlsx(dir.resolve("每月.xlsx")), Progress.NONE);
        assertThat(refused.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "每月.xlsx，工作表“清单”，第8行，G列（完成时限）：时间节点“每月”是按月的周期，责任清单只能记 每季度、每半年、每年 或一个日期；"
                        + "请改写为 每季度，或按月份分成几条并各写日期（如 2025年1月31日）");

        LedgerImporter im = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws,
                list("每季度").xlsx(dir.resolve("清单.xlsx")), Progress.NONE);
        ImportPreview p = im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "清单.xlsx，工作表“清单”，第5行，G列（完成时限）：“4月初前”按该旬最后一天（2025-04-10）记录");
        im.apply(Progress.NONE);

        ResponsibilityRepository repo = new ResponsibilityRepository(ws.database());
        ResponsibilityList list = repo.allLists().get(0);
        Map<String, List<LocalDate>> due = repo.items(list.id()).stream().collect(Collectors.toMap(ResponsibilityItem::text,
                i -> repo.deadlinesOfItem(i.id()).stream().map(Deadline::dueOn).toList()));
        assertThat(due.get("召开党建工作会议")).containsExactly(LocalDate.of(2025, 4, 30));
        assertThat(due.get("签订责任书")).containsExactly(LocalDate.of(2025, 4, 30));
        assertThat(due.get("开展专项检查")).containsExactly(LocalDate.of(2025, 4, 10));
        assertThat(due.get("听取专题汇报")).containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(due.get("年度考核")).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(due.get("开展谈心谈话")).hasSize(4);
    }
}
