package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.org.MemberForm;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.Organisation;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A name cell holding a paste gone wrong (a whole row, a note) is refused at its cell, and the same in the window's
 * forms, instead of becoming a member or a branch whose name breaks every list and report. From an empty database.
 */
class OverlongNamesTest extends EmptyDatabaseTest {
    private static final String PASTED = "张三，男，汉族，1985年3月生，大学本科，2008年7月入党，现任办公室副主任，"
            + "联系电话13800138000，备注：该同志2025年6月由市财政局转入，组织关系转接手续已办结，党费交至2025年5月。";

    @Test
    void anOverlongNameOrBranchInARosterIsRefusedAtItsCell() throws Exception {
        Path roster = new SheetMaker()
                .row("序号", "姓名", "所在党支部")
                .row(1, PASTED, "机关第一党支部")
                .row(2, "李四", "机关第一党支部" + "（含办公室、人事处、财务处、法规处、政策研究室、机关服务中心、信息中心、宣传教育中心及下属单位全体在职党员）")
                .row(3, "阿卜杜热合曼·买买提明", "机关第一党支部")
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::row, ImportMessage::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "B"), org.assertj.core.groups.Tuple.tuple(3, "C"));
        assertThat(p.errors().get(0).reason()).startsWith("姓名有" + PASTED.length() + "个字，超过30个字的上限（“张三,男,汉族,1985…”）；请检查是否填错了位置");
        assertThat(p.errors().get(1).reason()).startsWith("党组织名称有").contains("超过60个字的上限");
        assertThat(new MemberRepository(ws.database()).all()).isEmpty();
        assertThat(new OrgRepository(ws.database()).all()).isEmpty();
    }

    @Test
    void theWindowsFormsRefuseThemToo() {
        Organisation org = new Organisation(ws);
        int root = org.setUpBureau("示例市统计局", "王干事");
        assertThatThrownBy(() -> org.addUnit(new Organisation.NewUnit(root, OrgKind.BRANCH, "机关第一党支部".repeat(10), false,
                null, null))).isInstanceOf(InputRejectedException.class).hasMessageStartingWith("组织名称有70个字，超过60个字的上限");
        int branch = org.addUnit(new Organisation.NewUnit(root, OrgKind.BRANCH, "机关第一党支部", false, null, null));
        assertThatThrownBy(() -> new Members(ws).add(new MemberForm(PASTED, null, null, null, null, null, MemberStatus.FULL,
                null, null, LocalDate.of(2008, 7, 1), null, null, null, branch, LocalDate.of(2008, 7, 1))))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("姓名有");
        assertThat(new MemberRepository(ws.database()).all()).isEmpty();
    }
}
