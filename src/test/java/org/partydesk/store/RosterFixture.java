package org.partydesk.store;

import java.time.LocalDate;
import java.util.Map;

import org.partydesk.logic.IdNumbers;
import org.partydesk.model.Department;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/**
 * A small organisation for tests: 机关党委 over 机关第一党支部 (with 第一党小组) and 机关第二党支部,
 * five members. 陈刚 moved from the first branch to the second on 2024-07-01; 李娜 joined the first
 * branch on 2024-07-01. Today: first branch 3 (cell 1), second branch 2, committee 5.
 */
public final class RosterFixture {
    public static final String COMMITTEE = "机关党委";
    public static final String BRANCH_1 = "机关第一党支部";
    public static final String BRANCH_2 = "机关第二党支部";
    public static final String CELL = "第一党小组";
    public static final LocalDate MOVED_ON = LocalDate.of(2024, 7, 1);

    /** Unit name → id, and the ids of the members by name. */
    public record Ids(Map<String, Integer> units, Map<String, Integer> members) {
    }

    private RosterFixture() {
    }

    /** Writes the fixture into the database file {@code args[0]} (used by packaging/screenshots.sh). */
    public static void main(String[] args) {
        try (Database db = Database.open(java.nio.file.Path.of(args[0]))) {
            fill(db);
            new SettingsRepository(db).put("tester", org.partydesk.app.Workspace.BUREAU_NAME_SETTING, "示例市生态环境局");
        }
    }

    /** An 18-character ID number with a valid check digit; an odd {@code seq} gives a man. */
    public static String idNumber(String birth, String seq) {
        String first17 = "420102" + birth + seq;
        return first17 + IdNumbers.checkDigit(first17);
    }

    public static Ids fill(Database db) {
        return db.write("tester", tx -> {
            int office = DepartmentRepository.add(tx, new Department(null, "办公室", 1));
            int planning = DepartmentRepository.add(tx, new Department(null, "规划财务处", 2));
            int committee = OrgRepository.add(tx, unit(null, OrgKind.ORGAN_COMMITTEE, COMMITTEE, null, 1));
            int branch2 = OrgRepository.add(tx, unit(committee, OrgKind.BRANCH, BRANCH_2, planning, 2));
            int branch1 = OrgRepository.add(tx, unit(committee, OrgKind.BRANCH, BRANCH_1, office, 1));
            int cell = OrgRepository.add(tx, unit(branch1, OrgKind.CELL, CELL, null, 1));

            int zhang = MemberRepository.add(tx, member("张伟", Gender.MALE, idNumber("19850312", "011"),
                    MemberStatus.FULL, MemberCategory.ACTIVE, office, "科长", "13800000001"));
            int li = MemberRepository.add(tx, member("李娜", Gender.FEMALE, idNumber("19960704", "022"),
                    MemberStatus.PROBATIONARY, MemberCategory.ACTIVE, office, "科员", "13800000002"));
            int wang = MemberRepository.add(tx, member("王强", Gender.MALE, idNumber("19550101", "031"),
                    MemberStatus.FULL, MemberCategory.RETIRED, office, null, "13800000003"));
            int zhao = MemberRepository.add(tx, member("赵敏", Gender.FEMALE, idNumber("19900215", "042"),
                    MemberStatus.FULL, MemberCategory.ACTIVE, planning, "处长", "13800000004"));
            int chen = MemberRepository.add(tx, member("陈刚", Gender.MALE, idNumber("19881120", "051"),
                    MemberStatus.FULL, MemberCategory.MOBILE, planning, "副处长", "13800000005"));

            MemberRepository.addMembership(tx, zhang, branch1, LocalDate.of(2015, 7, 1), null);
            MemberRepository.addMembership(tx, zhang, cell, LocalDate.of(2018, 1, 1), null);
            MemberRepository.addMembership(tx, li, branch1, MOVED_ON, null);
            MemberRepository.addMembership(tx, wang, branch1, LocalDate.of(2010, 3, 1), null);
            MemberRepository.addMembership(tx, zhao, branch2, LocalDate.of(2016, 5, 1), null);
            MemberRepository.addMembership(tx, chen, branch1, LocalDate.of(2016, 1, 1), MOVED_ON.minusDays(1));
            MemberRepository.addMembership(tx, chen, branch2, MOVED_ON, null);
            return new Ids(Map.of(COMMITTEE, committee, BRANCH_1, branch1, BRANCH_2, branch2, CELL, cell),
                    Map.of("张伟", zhang, "李娜", li, "王强", wang, "赵敏", zhao, "陈刚", chen));
        });
    }

    private static OrgUnit unit(Integer parent, OrgKind kind, String name, Integer department, int sortOrder) {
        return new OrgUnit(null, parent, kind, name, department, false, LocalDate.of(2010, 1, 1), null, sortOrder);
    }

    private static Member member(String name, Gender gender, String idNumber, MemberStatus status,
                                 MemberCategory category, int department, String jobTitle, String phone) {
        return new Member(null, name, gender, "汉族", IdNumbers.birthDate(idNumber).orElseThrow(), idNumber, "大学本科",
                status, category, phone, LocalDate.of(2008, 6, 30), null, department, jobTitle,
                false, false, false, null);
    }
}
