package org.partydesk.app.ledgers;

import java.time.LocalDate;

import org.partydesk.app.Workspace;
import org.partydesk.model.Department;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * A small bureau for ledger tests: 局党组, 机关党委, 第一党支部 and 第二党支部, the department 办公室, and the
 * members 张三 (第一), 李四 (第二) and two called 王伟 (one in each branch), all since 2010.
 */
public final class LedgerFixture {
    public int leadingGroup;
    public int organ;
    public int branchOne;
    public int branchTwo;
    public int office;
    public int zhang;
    public int li;
    public int wangOne;
    public int wangTwo;

    public static LedgerFixture build(Workspace ws) {
        LedgerFixture f = new LedgerFixture();
        ws.database().write("测试", tx -> {
            LocalDate since = LocalDate.of(2010, 1, 1);
            f.leadingGroup = OrgRepository.add(tx, new OrgUnit(null, null, OrgKind.LEADING_GROUP, "局党组", null, false, null, null, 0));
            f.organ = OrgRepository.add(tx, new OrgUnit(null, null, OrgKind.ORGAN_COMMITTEE, "机关党委", null, false, null, null, 1));
            f.branchOne = OrgRepository.add(tx, new OrgUnit(null, f.organ, OrgKind.BRANCH, "第一党支部", null, false, null, null, 1));
            f.branchTwo = OrgRepository.add(tx, new OrgUnit(null, f.organ, OrgKind.BRANCH, "第二党支部", null, false, null, null, 2));
            f.office = DepartmentRepository.add(tx, new Department(null, "办公室", 1));
            f.zhang = member(tx, "张三", f.branchOne, since);
            f.li = member(tx, "李四", f.branchTwo, since);
            f.wangOne = member(tx, "王伟", f.branchOne, since);
            f.wangTwo = member(tx, "王伟", f.branchTwo, since);
            return null;
        });
        return f;
    }

    private static int member(org.partydesk.store.Tx tx, String name, int branch, LocalDate since) {
        int id = MemberRepository.add(tx, new Member(null, name, Gender.MALE, "汉族", LocalDate.of(1980, 1, 1), null, null,
                MemberStatus.FULL, MemberCategory.ACTIVE, null, LocalDate.of(2005, 7, 1), LocalDate.of(2006, 7, 1), null,
                null, false, false, false, null));
        MemberRepository.addMembership(tx, id, branch, since, null);
        return id;
    }
}
