package org.partydesk.app.ledgers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.ledgers.MemberEntry;
import org.partydesk.model.Member;

/**
 * Finds the stored member a roster row means when its ID number does not (decision 0048): a row without one, or with
 * one the database has not seen, is the stored member of the same name (without an ID number of his own, for a row that
 * gives one) whose month of birth does not contradict the row's; among several, the one in the row's branch.
 */
final class NameMatch {
    /** The member found (null: a new member), or why none can be chosen, and a warning to give with a match. */
    record Found(Member member, String problem, String note) {
        static final Found NEW = new Found(null, null, null);
    }

    private final Map<String, List<Member>> byName;
    /** Each stored member's branch on the roster's date, and today. */
    private final Map<Integer, Integer> branchOnDate;
    private final Map<Integer, Integer> branchNow;
    private final Map<Integer, String> unitNames;

    NameMatch(Map<String, List<Member>> byName, Map<Integer, Integer> branchOnDate, Map<Integer, Integer> branchNow,
              Map<Integer, String> unitNames) {
        this.byName = byName;
        this.branchOnDate = branchOnDate;
        this.branchNow = branchNow;
        this.unitNames = unitNames;
    }

    /** The stored member row {@code e} means, its branch being the stored {@code branchId} (null: new or not found). */
    Found find(MemberEntry e, Integer branchId) {
        LocalDate born = e.birthDate() != null ? e.birthDate() : IdNumbers.birthDate(e.idNumber()).orElse(null);
        List<Member> same = byName.getOrDefault(e.name(), List.of()).stream()
                .filter(m -> e.idNumber() == null || m.idNumber() == null)
                // by month: a roster's 出生年月 is stored as the month's first day
                .filter(m -> born == null || m.birthDate() == null || YearMonth.from(born).equals(YearMonth.from(m.birthDate())))
                .toList();
        if (same.isEmpty()) {
            return Found.NEW;
        }
        List<Member> here = same.stream().filter(m -> branchId != null
                && (branchId.equals(branchOnDate.get(m.id())) || branchId.equals(branchNow.get(m.id())))).toList();
        if (here.size() == 1) {
            return new Found(here.get(0), null, null);
        }
        if (same.size() == 1 && here.isEmpty()) {
            Member m = same.get(0);
            String where = branchName(m);
            where = where == null ? "" : where + "的";
            return new Found(m, null, e.idNumber() == null
                    ? "本行没有身份证号，按姓名对应到库中" + where + "“" + m.name() + "”；如不是同一人，请填写身份证号或出生日期后重新导入"
                    : "按姓名对应到库中" + where + "“" + m.name() + "”（库中没有他的身份证号，将补登本行的号码）；"
                            + "如不是同一人，请填写出生日期后重新导入");
        }
        List<Member> among = here.isEmpty() ? same : here;
        return new Found(null, "库中有" + among.size() + "名姓名为“" + e.name() + "”" + (e.idNumber() == null ? "" : "、没有身份证号")
                + "的党员（" + among.stream().map(this::branchName).filter(Objects::nonNull).distinct()
                        .collect(Collectors.joining("、")) + "），无法确定本行是哪一位；请填写"
                + (e.idNumber() == null ? "身份证号或出生日期" : "出生日期，或在党员页面先补登他们的身份证号"), null);
    }

    private String branchName(Member m) {
        Integer b = branchOnDate.get(m.id());
        if (b == null) {
            b = branchNow.get(m.id());
        }
        return b == null ? null : unitNames.get(b);
    }
}
