package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.ResponsibilityRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responsibility lists as offices keep them, into an empty database: one list per sheet, its year, name and kind only in
 * the title above the header (no 年度, 清单名称 or 清单类型 columns), numbered 一、 1., with 完成情况 (已完成, √, 进行中) and
 * 落实情况 sentences. The title gives each sheet's list; 已完成 completes the item's deadlines with a 纪实 each, a sentence
 * becomes a 纪实 dated by the day it begins with (else the list year's last day); a second import adds nothing, and
 * undoing the import removes the records with the items.
 */
class ResponsibilityTitledSheetsTest extends EmptyDatabaseTest {
    private static final String GROUP = "局党组落实全面从严治党主体责任清单";
    private static final String SECRETARY = "党组书记履行第一责任人职责清单";

    private Path workbook() throws Exception {
        return new SheetMaker().sheet("党组")
                .row("2025年度" + GROUP).mergeLast(0, 6)
                .row("序号", "责任类别", "工作任务", "责任人", "完成时限", "完成情况", "落实情况")
                .row("一、", "加强政治建设")
                .row("1.", null, "每季度召开理论学习中心组学习", "张三", "每季度", "已完成", null)
                .row("2.", null, "上半年召开专题民主生活会", "张三", "6月底前", "已按期完成", "2025年6月20日召开专题民主生活会，查摆问题12条")
                .row("3.", null, "开展警示教育", "李四", "每年", "进行中", "组织观看警示教育片")
                .row("二、", "落实意识形态工作责任制")
                .row("1.", null, "研判意识形态领域形势", "王五", "每半年", null, "7月，召开意识形态工作专题会议")
                .row("注：完成情况填 已完成、进行中 或 未开始。")
                .sheet("书记")
                .row("2025年度" + SECRETARY).mergeLast(0, 3)
                .row("序号", "工作任务", "完成时限", "完成情况")
                .row(1, "带头讲专题党课", "9月30日前", "√")
                .row(2, "听取班子成员履行一岗双责情况汇报", "每年", null)
                .xlsx(dir.resolve("2025年责任清单.xlsx"));
    }

    @Test
    void eachSheetTitleNamesItsListAndCompletionAndProgressBecomeRecords() throws Exception {
        Path file = workbook();
        ImportPreview preview = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, file, false, Progress.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.summary()).startsWith("新增 8 条，更新 0 条，未变 0 条；新建清单 2 份：2025年“" + GROUP + "”、2025年“"
                + SECRETARY + "”；登记纪实的条目 5 条：");
        assertThat(preview.warnings()).extracting(ImportMessage::text).containsExactly(
                "2025年责任清单.xlsx，工作表“党组”，第4行：2025年“" + GROUP + "”有 2 个条目的进展或完成情况没有写日期：进展按 2025-12-31"
                        + "登记纪实，“已完成”按各时间节点当天（未到期的按今天）登记完成；日期不对的请在“责任清单”页更正纪实",
                "2025年责任清单.xlsx，工作表“党组”，第6行：2025年“" + GROUP + "”有 2 个条目写了进展情况、没有写“已完成”，时间节点已过的"
                        + "将显示为已逾期；已经完成的请在“完成情况”一列写“已完成”",
                "2025年责任清单.xlsx，工作表“书记”，第3行：2025年“" + SECRETARY + "”有 1 个条目的进展或完成情况没有写日期：进展按 "
                        + "2025-12-31登记纪实，“已完成”按各时间节点当天（未到期的按今天）登记完成；日期不对的请在“责任清单”页更正纪实");
        LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, file, true, Progress.NONE);

        ResponsibilityRepository repo = new ResponsibilityRepository(ws.database());
        Map<String, ResponsibilityList> lists = repo.allLists().stream()
                .collect(Collectors.toMap(ResponsibilityList::name, Function.identity()));
        assertThat(lists.keySet()).containsExactlyInAnyOrder(GROUP, SECRETARY);
        assertThat(lists.get(GROUP).year()).isEqualTo(2025);
        assertThat(lists.get(GROUP).ownerKind()).isEqualTo(ListOwnerKind.LEADING_GROUP);
        assertThat(lists.get(SECRETARY).ownerKind()).isEqualTo(ListOwnerKind.SECRETARY);

        Map<String, ItemProgress> items = items(new Responsibilities(ws).tree(2025, LocalDate.of(2026, 1, 10)));
        assertThat(items.get("每季度召开理论学习中心组学习").status()).isEqualTo(ItemStatus.DONE);
        assertThat(items.get("上半年召开专题民主生活会").status()).isEqualTo(ItemStatus.DONE);
        assertThat(items.get("开展警示教育").status()).as("进行中 with words: a record, not done").isEqualTo(ItemStatus.OVERDUE);
        assertThat(items.get("研判意识形态领域形势").status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(items.get("带头讲专题党课").status()).as("√").isEqualTo(ItemStatus.DONE);
        assertThat(items.get("听取班子成员履行一岗双责情况汇报").status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(items.get("加强政治建设").children()).hasSize(3);

        Map<Integer, String> textOf = new java.util.HashMap<>();
        items.values().forEach(i -> textOf.put(i.item().id(), i.item().text()));
        List<String> records = new ArrayList<>();
        for (ResponsibilityList l : lists.values()) {
            for (ProgressRecord r : repo.records(l.id())) {
                records.add(textOf.get(r.itemId()) + "|" + r.recordedOn() + "|" + r.text() + "|" + (r.completesDeadlineId() != null)
                        + "|" + r.recordedByName());
            }
        }
        assertThat(records).containsExactlyInAnyOrder(
                "每季度召开理论学习中心组学习|2025-03-31|已完成|true|张三",
                "每季度召开理论学习中心组学习|2025-06-30|已完成|true|张三",
                "每季度召开理论学习中心组学习|2025-09-30|已完成|true|张三",
                "每季度召开理论学习中心组学习|2025-12-31|已完成|true|张三",
                "上半年召开专题民主生活会|2025-06-20|2025年6月20日召开专题民主生活会，查摆问题12条|true|张三",
                "开展警示教育|2025-12-31|组织观看警示教育片|false|李四",
                "研判意识形态领域形势|2025-07-31|7月，召开意识形态工作专题会议|false|王五",
                "带头讲专题党课|2025-09-30|已完成|true|测试");

        ImportPreview again = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, file, false, Progress.NONE);
        assertThat(again.summary()).isEqualTo("新增 0 条，更新 0 条，未变 8 条；警告 1 条，错误 0 条");

        int batch = new Imports(ws).list().get(0).id();
        new Imports(ws).undo(batch);
        assertThat(repo.allLists()).isEmpty();
        assertThat(ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.PROGRESS_RECORD)).isZero();
    }

    @Test
    void aBranchListTitledWithTheBranchWrittenShorterIsThatBranchs() throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", SheetMaker.id("42010219800101123"), "机关第一党支部", "2005-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
        Path file = new SheetMaker().sheet("Sheet1")
                .row("第一党支部2025年度党建工作责任清单").mergeLast(0, 2)
                .row("序号", "工作任务", "完成时限")
                .row(1, "每月召开支部委员会", "每月")
                .row(2, "每季度讲一次党课", "每季度")
                .xlsx(dir.resolve("支部清单.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .containsExactly("“第一党支部”按库中的“机关第一党支部”记录（名称写法不同）");
        ResponsibilityList list = new ResponsibilityRepository(ws.database()).allLists().get(0);
        assertThat(list.ownerKind()).isEqualTo(ListOwnerKind.BRANCH);
        assertThat(list.name()).isEqualTo("第一党支部党建工作责任清单");
        assertThat(list.ownerOrgUnitId()).isEqualTo(new org.partydesk.store.OrgRepository(ws.database()).all().stream()
                .filter(u -> u.name().equals("机关第一党支部")).findFirst().orElseThrow().id());
    }

    @Test
    void aTitleReadsAsYearNameAndKind() {
        assertThat(org.partydesk.logic.ledgers.ResponsibilityLedger.fromTitle("市生态环境局党组2025年度全面从严治党主体责任清单台账"))
                .containsEntry("year", "2025").containsEntry("listName", "市生态环境局党组全面从严治党主体责任清单")
                .containsEntry("listKind", "党组");
        assertThat(org.partydesk.logic.ledgers.ResponsibilityLedger.fromTitle("2025年度班子成员“一岗双责”责任清单"))
                .containsEntry("listKind", "班子成员");
        assertThat(org.partydesk.logic.ledgers.ResponsibilityLedger.fromTitle("二〇二五年机关第一党支部党建工作责任清单"))
                .containsEntry("year", "2025").containsEntry("listKind", "党支部");
        assertThat(org.partydesk.logic.ledgers.ResponsibilityLedger.fromTitle("机关第一党支部2025年三会一课台账")).isEmpty();
        assertThat(org.partydesk.logic.ledgers.ResponsibilityLedger.personInTitle("2025年度副局长李四“一岗双责”责任清单")).isEqualTo("李四");
        assertThat(org.partydesk.logic.ledgers.ResponsibilityLedger.personInTitle("党组书记、局长张三履行第一责任人职责清单"))
                .isEqualTo("张三");
        assertThat(org.partydesk.logic.ledgers.ResponsibilityLedger.personInTitle("2025年度党组书记履行第一责任人职责清单")).isNull();
    }

    static Map<String, ItemProgress> items(List<ListProgress> lists) {
        Map<String, ItemProgress> out = new java.util.HashMap<>();
        List<ItemProgress> todo = new ArrayList<>();
        lists.forEach(l -> todo.addAll(l.items()));
        while (!todo.isEmpty()) {
            ItemProgress i = todo.remove(todo.size() - 1);
            out.put(i.item().text(), i);
            todo.addAll(i.children());
        }
        return out;
    }
}
