package org.partydesk.app.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.model.Cadence;
import org.partydesk.model.Completion;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ListStats;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.jooq.tables.records.EvidenceRecord;
import org.partydesk.store.jooq.tables.records.MemberRecord;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.PROGRESS_RECORD;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

class ResponsibilityUseCasesTest {
    private static final String OPERATOR = "党务办公室张三";

    @TempDir
    Path dir;
    Workspace ws;
    Responsibilities r;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("partydesk.db"), OPERATOR);
        r = new Responsibilities(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    // ---- statuses --------------------------------------------------------------------------------------

    @Test
    void eachStatusAsOfADate() {
        int list = list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        int item = leaf(list, null, "每季度专题研究党风廉政建设", Cadence.QUARTERLY, null);
        int q1 = deadline(item, "第1季度").id();

        assertThat(statusOf(item, "2024-03-01")).isEqualTo(ItemStatus.NOT_STARTED);
        r.addRecord(item, rec("2024-03-05", "起草研究方案", null));
        assertThat(statusOf(item, "2024-03-04")).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(statusOf(item, "2024-03-06")).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(statusOf(item, "2024-03-31")).isEqualTo(ItemStatus.OVERDUE);
        r.addRecord(item, rec("2024-03-20", "党组会专题研究", q1));
        assertThat(statusOf(item, "2024-03-31")).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(statusOf(item, "2024-04-15")).isEqualTo(ItemStatus.IN_PROGRESS);

        int yearly = leaf(list, null, "签订党风廉政建设责任书", Cadence.YEARLY, null);
        r.addRecord(yearly, rec("2024-02-10", "层层签订责任书", deadline(yearly, "全年").id()));
        assertThat(statusOf(yearly, "2024-02-09")).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(statusOf(yearly, "2024-02-10")).isEqualTo(ItemStatus.DONE);
        assertThat(statusOf(yearly, "2024-12-31")).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void quarterlyItemWithMissedSecondQuarterIsOverdueWithThreeOfFourMet() {
        int list = list(2024, "党组书记第一责任清单", ListOwnerKind.SECRETARY);
        int item = leaf(list, null, "听取班子成员履行“一岗双责”情况汇报", Cadence.QUARTERLY, null);
        r.addRecord(item, rec("2024-03-15", "第一季度汇报", deadline(item, "第1季度").id()));
        r.addRecord(item, rec("2024-07-05", "第二季度汇报（延后）", deadline(item, "第2季度").id()));
        r.addRecord(item, rec("2024-09-20", "第三季度汇报", deadline(item, "第3季度").id()));
        r.addRecord(item, rec("2024-12-20", "第四季度汇报", deadline(item, "第4季度").id()));

        ItemProgress p = node(item, "2024-12-31");
        assertThat(p.status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(p.completion().dueDeadlines()).isEqualTo(4);
        assertThat(p.completion().metDueDeadlines()).isEqualTo(3);
        assertThat(p.deadlines()).extracting(s -> s.deadline().label(), s -> s.met())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("第1季度", true),
                        org.assertj.core.groups.Tuple.tuple("第2季度", false),
                        org.assertj.core.groups.Tuple.tuple("第3季度", true),
                        org.assertj.core.groups.Tuple.tuple("第4季度", true));
        assertThat(r.overdue(2024, d("2024-12-31"))).extracting(a -> a.deadline().label()).containsExactly("第2季度");
        ListStats stats = r.statsPerList(2024, d("2024-12-31")).get(0);
        assertThat(stats.completion()).isEqualTo(new Completion(1, 1, 0, 0, 1, 4, 3));
        assertThat(stats.completion().completionRate()).hasValue(0.75);
    }

    @Test
    void recordDatedAfterItsDeadlineDoesNotMeetIt() {
        int list = list(2024, "机关党委责任清单", ListOwnerKind.ORGAN_COMMITTEE);
        int item = leaf(list, null, "完成年度党建述职", Cadence.ONCE, d("2024-06-30"));
        r.addRecord(item, rec("2024-07-01", "述职完成", deadline(item, "一次性").id()));
        assertThat(statusOf(item, "2024-07-02")).isEqualTo(ItemStatus.OVERDUE);
        assertThat(statusOf(item, "2024-12-31")).isEqualTo(ItemStatus.OVERDUE);
        assertThat(node(item, "2024-12-31").completion()).isEqualTo(new Completion(1, 1, 0, 0, 1, 1, 0));
    }

    @Test
    void leapDayDeadlineIsMetOnTheDayAndBecomesFeb28WhenCopiedToTheNextYear() {
        int list = list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        int item = leaf(list, null, "召开年度全面从严治党工作会议", Cadence.ONCE, d("2024-02-29"));
        assertThat(deadline(item, "一次性").dueOn()).isEqualTo(d("2024-02-29"));
        r.addRecord(item, rec("2024-02-29", "会议召开", deadline(item, "一次性").id()));
        assertThat(statusOf(item, "2024-02-29")).isEqualTo(ItemStatus.DONE);
        assertThat(statusOf(item, "2024-03-01")).isEqualTo(ItemStatus.DONE);

        List<Integer> copied = r.copyYearToNext(2024);
        ListProgress next = r.tree(2025, d("2025-01-01")).get(0);
        assertThat(next.list().id()).isEqualTo(copied.get(0));
        int newItem = next.items().get(0).item().id();
        assertThat(r.deadlines(newItem)).extracting(Deadline::dueOn, Deadline::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2025-02-28"), "一次性"));
        assertThat(next.items().get(0).status()).isEqualTo(ItemStatus.NOT_STARTED);
    }

    // ---- corrections -----------------------------------------------------------------------------------

    @Test
    void correctionSupersedesTheOldRecordAndTheAuditKeepsBoth() {
        int list = list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        int item = leaf(list, null, "开展廉政警示教育", Cadence.ONCE, d("2024-06-30"));
        int deadline = deadline(item, "一次性").id();
        int wrong = r.addRecord(item, rec("2024-07-03", "警示教育（日期录错）", deadline));
        assertThat(statusOf(item, "2024-07-10")).isEqualTo(ItemStatus.OVERDUE);

        int fixed = r.correctRecord(wrong, rec("2024-06-26", "警示教育大会，全体党员参加", deadline));
        assertThat(statusOf(item, "2024-07-10")).isEqualTo(ItemStatus.DONE);
        assertThat(r.records(item)).extracting(p -> p.id(), p -> p.correctsRecordId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fixed, wrong),
                        org.assertj.core.groups.Tuple.tuple(wrong, null));
        assertThat(ws.database().read().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("progress_record")
                .and(AUDIT_LOG.ACTION.eq("INSERT")))).isEqualTo(2);
        assertThat(ws.database().read().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("progress_record")
                .and(AUDIT_LOG.ACTION.ne("INSERT")))).isZero();
        assertThat(ws.database().read().fetchCount(PROGRESS_RECORD)).isEqualTo(2);

        // correcting the completion away makes the deadline missed again
        r.correctRecord(fixed, rec("2024-06-26", "警示教育大会延期，未完成", null));
        assertThat(statusOf(item, "2024-07-10")).isEqualTo(ItemStatus.OVERDUE);
        assertThatThrownBy(() -> r.correctRecord(wrong, rec("2024-06-27", "再改一次", deadline)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("已被更正");
    }

    @Test
    void recordsAreRefusedOnParentsAndForAnotherItemsDeadline() {
        int list = list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        int category = leaf(list, null, "主体责任", Cadence.YEARLY, null);
        int measure = leaf(list, category, "研究部署", Cadence.YEARLY, null);
        int other = leaf(list, category, "督促检查", Cadence.YEARLY, null);
        assertThatThrownBy(() -> r.addRecord(category, rec("2024-03-01", "纪实", null)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("最下级条目");
        assertThatThrownBy(() -> r.addRecord(measure, rec("2024-03-01", "纪实", deadline(other, "全年").id())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("不属于条目");
        assertThatThrownBy(() -> r.addRecord(measure, new NewRecord(d("2024-03-01"), "纪实", null, " ", null)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("落实人");
        LocalDate tomorrow = LocalDate.now(ws.database().clock()).plusDays(1);
        assertThatThrownBy(() -> r.addRecord(measure, new NewRecord(tomorrow, "纪实", null, "张三", null)))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("纪实日期（" + tomorrow + "）晚于今天；纪实记的是已经做过的工作，请在做过之后再登记");
        assertThat(ws.database().read().fetchCount(PROGRESS_RECORD)).isZero();
    }

    // ---- nesting ---------------------------------------------------------------------------------------

    @Test
    void threeLevelsWithParentStatusFromChildrenAndNoFourthLevel() {
        int list = list(2024, "从严治党专项考核细化分解表", ListOwnerKind.LEADING_GROUP);
        int category = leaf(list, null, "组织领导", Cadence.YEARLY, null);
        int content = leaf(list, category, "履行主体责任", Cadence.YEARLY, null);
        int a = leaf(list, content, "制定责任清单", Cadence.ONCE, d("2024-03-31"));
        int b = leaf(list, content, "签订责任书", Cadence.ONCE, d("2024-04-30"));
        // parents lost the deadlines they had before getting children
        assertThat(r.deadlines(category)).isEmpty();
        assertThat(r.deadlines(content)).isEmpty();
        assertThatThrownBy(() -> leaf(list, a, "第四级", Cadence.YEARLY, null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("最多分三级");

        assertThat(statusOf(category, "2024-03-01")).isEqualTo(ItemStatus.NOT_STARTED);
        r.addRecord(a, rec("2024-03-10", "清单印发", deadline(a, "一次性").id()));
        assertThat(statusOf(a, "2024-03-11")).isEqualTo(ItemStatus.DONE);
        assertThat(statusOf(content, "2024-03-11")).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(statusOf(category, "2024-03-11")).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(statusOf(category, "2024-05-01")).isEqualTo(ItemStatus.OVERDUE);
        r.addRecord(b, rec("2024-04-20", "逐级签订", deadline(b, "一次性").id()));
        assertThat(statusOf(category, "2024-05-01")).isEqualTo(ItemStatus.DONE);
        ItemProgress top = node(category, "2024-05-01");
        assertThat(top.item().level()).isEqualTo(1);
        assertThat(top.children().get(0).item().level()).isEqualTo(2);
        assertThat(top.children().get(0).children()).extracting(p -> p.item().level()).containsExactly(3, 3);
        assertThat(top.completion().items()).isEqualTo(2);
        // a parent with records cannot get children
        assertThatThrownBy(() -> leaf(list, a, "措施下再加", Cadence.YEARLY, null)).isInstanceOf(InputRejectedException.class);
        int withRecord = leaf(list, null, "单独条目", Cadence.YEARLY, null);
        r.addRecord(withRecord, rec("2024-02-01", "已开展", null));
        assertThatThrownBy(() -> leaf(list, withRecord, "下级", Cadence.YEARLY, null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("已有纪实");
    }

    // ---- copying ---------------------------------------------------------------------------------------

    @Test
    void copyingAYearCopiesStructureOwnersAndDeadlinesButNotRecordsAndRefusesADuplicate() {
        int member = member("李四");
        int list = list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        int measures = 0;
        for (int c = 1; c <= 2; c++) {
            int category = leaf(list, null, "责任类别" + c, Cadence.YEARLY, null);
            for (int k = 1; k <= 2; k++) {
                int content = leaf(list, category, "考评内容" + c + "-" + k, Cadence.YEARLY, null);
                for (int m = 1; m <= 3; m++) {
                    int id = r.addItem(new NewItem(list, content, "落实措施" + c + "-" + k + "-" + m, "局党组",
                            "党组书记", List.of(member), m == 1 ? Cadence.QUARTERLY : m == 2 ? Cadence.HALF_YEARLY : Cadence.ONCE,
                            m == 3 ? d("2024-05-31") : null, null));
                    r.addRecord(id, rec("2024-03-01", "已落实", null));
                    measures++;
                }
            }
        }
        int other = list(2024, "党组书记第一责任清单", ListOwnerKind.SECRETARY);
        leaf(other, null, "带头讲党课", Cadence.YEARLY, null);

        List<Integer> copied = r.copyYearToNext(2024);
        assertThat(copied).hasSize(2);
        List<ListProgress> next = r.tree(2025, d("2025-01-01"));
        assertThat(next).extracting(p -> p.list().name()).containsExactly("党组集体责任清单", "党组书记第一责任清单");
        assertThat(next.get(0).list().copiedFromId()).isEqualTo(list);
        assertThat(next.get(0).completion().items()).isEqualTo(measures);
        assertThat(countByLevel(copied.get(0))).isEqualTo(Map.of(1, 2L, 2, 4L, 3, 12L));
        ItemProgress firstContent = next.get(0).items().get(0).children().get(0);
        assertThat(firstContent.item().text()).isEqualTo("考评内容1-1");
        assertThat(firstContent.children()).extracting(p -> p.item().text(), p -> p.item().ownerMemberIds(), p -> p.status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("落实措施1-1-1", List.of(member), ItemStatus.NOT_STARTED),
                        org.assertj.core.groups.Tuple.tuple("落实措施1-1-2", List.of(member), ItemStatus.NOT_STARTED),
                        org.assertj.core.groups.Tuple.tuple("落实措施1-1-3", List.of(member), ItemStatus.NOT_STARTED));
        assertThat(firstContent.children().get(0).deadlines()).extracting(s -> s.deadline().dueOn())
                .containsExactly(d("2025-03-31"), d("2025-06-30"), d("2025-09-30"), d("2025-12-31"));
        assertThat(firstContent.children().get(1).deadlines()).extracting(s -> s.deadline().label()).containsExactly("上半年", "下半年");
        assertThat(firstContent.children().get(2).deadlines()).extracting(s -> s.deadline().dueOn()).containsExactly(d("2025-05-31"));
        assertThat(r.deadlines(firstContent.item().id())).isEmpty();
        int newListItems = ws.database().read().fetchCount(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.LIST_ID.in(copied));
        assertThat(newListItems).isEqualTo(19);
        assertThat(ws.database().read().fetchCount(PROGRESS_RECORD)).isEqualTo(measures);

        int auditRows = ws.database().read().fetchCount(AUDIT_LOG);
        assertThatThrownBy(() -> r.copyYearToNext(2024)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("2025年已有").hasMessageContaining("党组集体责任清单");
        assertThat(ws.database().read().fetchCount(RESPONSIBILITY_LIST)).isEqualTo(4);
        assertThat(ws.database().read().fetchCount(AUDIT_LOG)).isEqualTo(auditRows);
        assertThatThrownBy(() -> r.copyYearToNext(2023)).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void leadershipMembersEachGetTheirOwnCopyTrackedSeparately() {
        int wang = member("王五");
        int zhao = member("赵六");
        int template = list(2024, "班子成员领导责任清单", ListOwnerKind.LEADERSHIP_MEMBER);
        for (int i = 1; i <= 15; i++) {
            leaf(template, null, "领导责任" + i, Cadence.HALF_YEARLY, null);
        }
        List<Integer> lists = r.copyForLeadershipMembers(template, List.of(wang, zhao));
        int wangItem = r.tree(2024, d("2024-01-01")).stream().filter(p -> p.list().id().equals(lists.get(0)))
                .findFirst().orElseThrow().items().get(0).item().id();
        r.addRecord(wangItem, rec("2024-06-01", "分管领域廉政谈话", deadline(wangItem, "上半年").id()));

        List<ListStats> perList = r.statsPerList(2024, d("2024-07-01"));
        assertThat(perList).extracting(ListStats::ownerName).containsExactly("班子成员", "王五", "赵六");
        assertThat(perList).extracting(s -> s.completion().items()).containsExactly(15, 15, 15);
        assertThat(perList.get(1).completion()).isEqualTo(new Completion(15, 15, 0, 0, 14, 15, 1));
        assertThat(perList.get(2).completion()).isEqualTo(new Completion(15, 15, 0, 0, 15, 15, 0));
        assertThatThrownBy(() -> r.copyForLeadershipMembers(template, List.of(zhao)))
                .isInstanceOf(InputRejectedException.class);
    }

    // ---- queries ---------------------------------------------------------------------------------------

    @Test
    void completionRatePerListAndPerOwnerMatchesTheStatusTree() {
        int secretary = member("周书记");
        int a = r.createList(new ResponsibilityList(null, 2024, "党组书记第一责任清单", ListOwnerKind.SECRETARY,
                null, secretary, null, null, null));
        int b = r.createList(new ResponsibilityList(null, 2024, "党组书记党建工作清单", ListOwnerKind.SECRETARY,
                null, secretary, null, null, null));
        int c = list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        int q = leaf(a, null, "季度研究", Cadence.QUARTERLY, null);
        int h = leaf(a, null, "半年报告", Cadence.HALF_YEARLY, null);
        int once = leaf(b, null, "讲党课", Cadence.ONCE, d("2024-05-20"));
        int early = leaf(b, null, "年度述职", Cadence.YEARLY, null);
        leaf(c, null, "集体研究", Cadence.YEARLY, null);
        r.addRecord(q, rec("2024-03-30", "一季度", deadline(q, "第1季度").id()));
        r.addRecord(q, rec("2024-06-29", "二季度", deadline(q, "第2季度").id()));
        r.addRecord(h, rec("2024-07-02", "上半年（迟）", deadline(h, "上半年").id()));
        r.addRecord(once, rec("2024-05-18", "讲党课", deadline(once, "一次性").id()));
        r.addRecord(early, rec("2024-06-01", "提前述职", deadline(early, "全年").id()));
        LocalDate date = d("2024-07-15");

        List<ListStats> perList = r.statsPerList(2024, date);
        assertThat(perList).extracting(ListStats::listName, ListStats::ownerName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("党组书记第一责任清单", "周书记"),
                org.assertj.core.groups.Tuple.tuple("党组书记党建工作清单", "周书记"),
                org.assertj.core.groups.Tuple.tuple("党组集体责任清单", "党组"));
        // a: q met Q1,Q2 (due 2, met 2, not done); h missed 上半年 → overdue
        assertThat(perList.get(0).completion()).isEqualTo(new Completion(2, 2, 0, 0, 1, 3, 2));
        // b: once done and due; early done but not yet due
        assertThat(perList.get(1).completion()).isEqualTo(new Completion(2, 1, 2, 1, 0, 1, 1));
        assertThat(perList.get(1).completion().itemCompletionRate()).hasValue(1.0);
        assertThat(perList.get(2).completion()).isEqualTo(new Completion(1, 0, 0, 0, 0, 0, 0));
        assertThat(perList.get(2).completion().completionRate()).isEmpty();

        List<ListStats> perOwner = r.statsPerOwner(2024, date);
        assertThat(perOwner).extracting(ListStats::ownerName).containsExactly("周书记", "党组");
        assertThat(perOwner.get(0).completion()).isEqualTo(new Completion(4, 3, 2, 1, 1, 4, 3));
        assertThat(perOwner.get(0).completion().completionRate()).hasValue(0.75);

        // the SQL aggregates agree with the pure rules over the tree
        assertThat(r.tree(2024, date)).extracting(ListProgress::completion)
                .containsExactlyElementsOf(perList.stream().map(ListStats::completion).toList());
    }

    @Test
    void dueWithinThirtyDaysAndOverdue() {
        int list = list(2024, "机关党委责任清单", ListOwnerKind.ORGAN_COMMITTEE);
        int q = leaf(list, null, "季度检查", Cadence.QUARTERLY, null);
        int in30 = leaf(list, null, "七月十日前完成", Cadence.ONCE, d("2024-07-10"));
        leaf(list, null, "七月十一日前完成", Cadence.ONCE, d("2024-07-11"));
        int met = leaf(list, null, "已提前完成", Cadence.ONCE, d("2024-06-20"));
        r.addRecord(met, rec("2024-06-01", "提前完成", deadline(met, "一次性").id()));
        LocalDate today = d("2024-06-10");

        assertThat(r.dueSoon(today)).extracting(a -> a.item().text(), a -> a.deadline().dueOn()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("季度检查", d("2024-06-30")),
                org.assertj.core.groups.Tuple.tuple("七月十日前完成", d("2024-07-10")));
        assertThat(r.overdue(2024, today)).extracting(a -> a.item().id(), a -> a.deadline().label())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(q, "第1季度"));
        r.addRecord(in30, rec("2024-06-09", "已完成", deadline(in30, "一次性").id()));
        assertThat(r.dueSoon(today)).extracting(DeadlineAlert::item).extracting(i -> i.text()).containsExactly("季度检查");
        assertThat(r.overdue(2023, today)).isEmpty();
    }

    // ---- letters, evidence, audit ----------------------------------------------------------------------

    @Test
    void lettersAndEvidenceLinks() {
        int list = list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        int item = leaf(list, null, "警示教育", Cadence.YEARLY, null);
        int record = r.addRecord(item, rec("2024-04-01", "观看警示教育片", null));
        int letter = r.addLetter(new ResponsibilityLetter(null, 2024, list, "党风廉政建设责任书", "局党组书记",
                "办公室主任", d("2024-02-20"), null));
        int photo = evidence("a".repeat(64), "警示教育.jpg");
        int scan = evidence("b".repeat(64), "责任书扫描件.pdf");
        r.linkRecordEvidence(record, photo);
        r.linkLetterScan(letter, scan);
        assertThat(r.recordEvidence(record)).containsExactly(photo);
        assertThat(r.letterScans(letter)).containsExactly(scan);
        assertThat(r.letters(2024)).extracting(ResponsibilityLetter::partyA, ResponsibilityLetter::partyB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("局党组书记", "办公室主任"));
        assertThatThrownBy(() -> r.addLetter(new ResponsibilityLetter(null, 2024, list, "责任书", "甲", "", d("2024-02-20"), null)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("乙方");
        assertThatThrownBy(() -> r.linkLetterScan(9999, scan)).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void everyInsertWritesAnAuditRowWithTheOperator() {
        int member = member("钱七");
        int before = ws.database().read().fetchCount(AUDIT_LOG);
        int list = list(2024, "党支部责任清单", ListOwnerKind.BRANCH);
        int item = r.addItem(new NewItem(list, null, "三会一课", "支部委员会", "支部书记", List.of(member),
                Cadence.QUARTERLY, null, null));
        int record = r.addRecord(item, rec("2024-03-01", "召开支部党员大会", deadline(item, "第1季度").id()));
        int letter = r.addLetter(new ResponsibilityLetter(null, 2024, list, "目标责任书", "机关党委", "第一党支部",
                d("2024-01-15"), null));
        r.linkLetterScan(letter, evidence("c".repeat(64), "scan.pdf"));

        var log = ws.database().read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.gt(before)).fetch();
        assertThat(log).allSatisfy(a -> {
            assertThat(a.getOperator()).isEqualTo(OPERATOR);
            assertThat(a.getAction()).isEqualTo("INSERT");
        });
        assertThat(log.stream().collect(groupingBy(a -> a.getTableName(), counting()))).isEqualTo(Map.of(
                "responsibility_list", 1L, "responsibility_item", 1L, "responsibility_item_owner", 1L,
                "responsibility_deadline", 4L, "progress_record", 1L, "responsibility_letter", 1L,
                "evidence", 1L, "evidence_link", 1L));
        assertThat(log).filteredOn(a -> a.getTableName().equals("progress_record"))
                .extracting(a -> a.getRecordId()).containsExactly(record);
        assertThat(log).filteredOn(a -> a.getTableName().equals("progress_record")).first()
                .satisfies(a -> assertThat(a.getAfterJson()).contains("召开支部党员大会"));
    }

    @Test
    void duplicateListAndBadItemsAreRefused() {
        list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP);
        assertThatThrownBy(() -> list(2024, "党组集体责任清单", ListOwnerKind.LEADING_GROUP))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("已有");
        int list = list(2024, "其他清单", ListOwnerKind.LEADING_GROUP);
        assertThatThrownBy(() -> leaf(list, null, "一次性", Cadence.ONCE, null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("完成时限");
        assertThatThrownBy(() -> leaf(list, null, "跨年", Cadence.ONCE, d("2025-01-10")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("不在清单年度");
        assertThatThrownBy(() -> leaf(list, null, "  ", Cadence.YEARLY, null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("条目内容");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private int list(int year, String name, ListOwnerKind kind) {
        return r.createList(new ResponsibilityList(null, year, name, kind, null, null, null, null, null));
    }

    private int leaf(int list, Integer parent, String text, Cadence cadence, LocalDate onceOn) {
        return r.addItem(new NewItem(list, parent, text, null, null, List.of(), cadence, onceOn, null));
    }

    private Deadline deadline(int item, String label) {
        return r.deadlines(item).stream().filter(x -> label.equals(x.label())).findFirst().orElseThrow();
    }

    private static NewRecord rec(String on, String text, Integer completes) {
        return new NewRecord(d(on), text, null, "纪检委员", completes);
    }

    private ItemStatus statusOf(int item, String date) {
        return node(item, date).status();
    }

    private ItemProgress node(int item, String date) {
        for (ListProgress lp : r.tree(d(date).getYear(), d(date))) {
            ItemProgress found = ItemProgress.find(lp.items(), item);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no item " + item);
    }

    private Map<Integer, Long> countByLevel(int listId) {
        return ws.database().read().select(RESPONSIBILITY_ITEM.LEVEL).from(RESPONSIBILITY_ITEM)
                .where(RESPONSIBILITY_ITEM.LIST_ID.eq(listId)).fetch(RESPONSIBILITY_ITEM.LEVEL).stream()
                .collect(groupingBy(l -> l, counting()));
    }

    private int member(String name) {
        return ws.database().write(OPERATOR, tx -> {
            MemberRecord m = tx.dsl().newRecord(MEMBER);
            m.setName(name);
            return tx.insert(m);
        });
    }

    private int evidence(String sha, String fileName) {
        return ws.database().write(OPERATOR, tx -> {
            EvidenceRecord e = tx.dsl().newRecord(EVIDENCE);
            e.setSha256(sha);
            e.setOriginalName(fileName);
            e.setSizeBytes(1);
            e.setAddedAt(LocalDateTime.of(2024, 1, 1, 9, 0));
            return tx.insert(e);
        });
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
