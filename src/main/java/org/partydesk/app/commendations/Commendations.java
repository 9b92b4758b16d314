package org.partydesk.app.commendations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.MemberLifeRules;
import org.partydesk.logic.Terms;
import org.partydesk.model.Appraisal;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.Discipline;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.MemberLifeRepository;
import org.partydesk.store.MemberRepository;

import static org.partydesk.store.jooq.Tables.MEMBER;

/**
 * Use cases of 评先创优: record an honour, enter a recurring honour for a month fast (pick the month,
 * tick the members, save), extend the title list, and the views by year, level, title, branch and member.
 */
public final class Commendations {
    private final Workspace ws;
    private final CommendationRepository repo;

    public Commendations(Workspace ws) {
        this.ws = ws;
        this.repo = new CommendationRepository(ws.database());
    }

    public List<CommendationTitle> titles() {
        return repo.titles();
    }

    /** Adds a title to the list; refuses an empty or existing name. */
    public int addTitle(CommendationTitle title) {
        String name = title.name() == null ? "" : title.name().strip();
        if (name.isEmpty()) {
            throw new InputRejectedException("荣誉名称不能为空");
        }
        return ws.database().write(ws.operator(), tx -> {
            if (CommendationRepository.titleExists(tx, name)) {
                throw new InputRejectedException("荣誉名称“" + name + "”已在列表中");
            }
            return CommendationRepository.addTitle(tx, new CommendationTitle(null, name, title.defaultLevel(),
                    title.collective(), title.periodKind(), 0));
        });
    }

    /**
     * What to tell the clerk before the honour is recorded: for each member among its recipients, a 处分 still
     * counting on the day it is given (its award day, else the end of its period) or a 民主评议 of 不合格
     * ({@link org.partydesk.app.org.MemberLife#honourWarnings}). Empty: nothing against it.
     */
    public List<String> warnings(Commendation c) {
        LocalDate day = c.awardedOn() != null ? c.awardedOn() : c.periodEnd();
        if (day == null) {
            return List.of();
        }
        return warnings(c.recipients().stream().map(Commendation.Recipient::memberId).filter(java.util.Objects::nonNull).toList(),
                day);
    }

    /**
     * {@link #warnings(Commendation)} for members honoured on {@code day}: a 处分 still counting on that day
     * (its 影响期 or 察看期 as data in {@link MemberLifeRules}), a 民主评议 result of 不合格 for that year (or the year
     * before, while this year's is not yet given).
     */
    public List<String> warnings(List<Integer> memberIds, LocalDate day) {
        MemberLifeRules rules = MemberLifeRules.standard();
        MemberLifeRepository life = new MemberLifeRepository(ws.database());
        MemberRepository members = new MemberRepository(ws.database());
        List<String> out = new ArrayList<>();
        for (int memberId : memberIds.stream().distinct().toList()) {
            String name = members.find(memberId).map(org.partydesk.model.Member::name).orElse("");
            for (Discipline d : life.disciplines(memberId)) {
                if (d.decidedOn().isAfter(day)) {
                    continue;
                }
                var until = rules.disciplineUntil(d.kind(), d.decidedOn(), d.termMonths());
                if (until.isEmpty() || !until.get().isBefore(day)) {
                    out.add("“" + name + "”于 " + d.decidedOn() + " 受到" + Terms.label(d.kind()) + "处分"
                            + (d.documentNo() == null ? "" : "（" + d.documentNo() + "）")
                            + until.map(u -> "，影响期至 " + u).orElse("") + "。" + rules.disciplineText() + "。");
                }
            }
            List<Appraisal> rated = life.appraisals(null, memberId);
            rated.stream().filter(a -> a.year() == day.getYear()).findFirst()
                    .or(() -> rated.stream().filter(a -> a.year() == day.getYear() - 1).findFirst())
                    .filter(a -> a.result() == AppraisalResult.UNQUALIFIED)
                    .ifPresent(a -> out.add("“" + name + "”" + a.year() + " 年度民主评议结果为不合格。"));
        }
        return out;
    }

    /** Records one commendation after checking it; returns its id. */
    public int record(Commendation c) {
        List<String> problems = problems(c);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join("；", problems));
        }
        if (c.awardedOn().isAfter(LocalDate.now(ws.database().clock()))) {
            throw new InputRejectedException("授予时间（" + c.awardedOn() + "）晚于今天，请在表彰授予后再登记");
        }
        List<String> again = alreadyHolding(c);
        if (!again.isEmpty()) {
            throw new InputRejectedException(String.join("、", again) + "已有这次表彰（" + c.title() + "，" + c.awardedOn()
                    + (c.documentNumber() == null || c.documentNumber().isBlank() ? "" : "，" + c.documentNumber())
                    + "）的记录，不能重复登记");
        }
        return ws.database().write(ws.operator(), tx -> CommendationRepository.insert(tx, c));
    }

    /**
     * The fast entry of a recurring honour: one commendation of {@code title} for the period starting in
     * {@code month} (two months for a two-month title), given to the ticked members. A member who already
     * holds the title for that period is refused by name.
     */
    public int recordForMonth(String title, YearMonth month, List<Integer> memberIds, CommendationLevel level,
                              String awardedBy, LocalDate awardedOn, String documentNumber) {
        CommendationTitle t = titles().stream().filter(x -> x.name().equals(title)).findFirst()
                .orElseThrow(() -> new InputRejectedException("荣誉名称“" + title + "”不在列表中，请先在荣誉名称中添加"));
        PeriodKind kind = t.periodKind() == PeriodKind.TWO_MONTHS ? PeriodKind.TWO_MONTHS : PeriodKind.MONTH;
        LocalDate start = month.atDay(1);
        LocalDate end = (kind == PeriodKind.TWO_MONTHS ? month.plusMonths(1) : month).atEndOfMonth();
        if (memberIds.isEmpty()) {
            throw new InputRejectedException("请至少勾选一名党员");
        }
        Set<Integer> already = new TreeSet<>(repo.membersHolding(title, start));
        already.retainAll(memberIds);
        if (!already.isEmpty()) {
            List<String> names = ws.database().read().select(MEMBER.NAME).from(MEMBER).where(MEMBER.ID.in(already))
                    .orderBy(MEMBER.ID).fetch(MEMBER.NAME);
            throw new InputRejectedException(String.join("、", names) + "已是" + month.getYear() + "年" + month.getMonthValue()
                    + "月的“" + title + "”，未重复登记");
        }
        List<Commendation.Recipient> recipients = new ArrayList<>();
        for (Integer id : new java.util.LinkedHashSet<>(memberIds)) {
            recipients.add(Commendation.Recipient.member(id));
        }
        CommendationLevel lv = level != null ? level : t.defaultLevel() != null ? t.defaultLevel() : CommendationLevel.BUREAU;
        LocalDate today = LocalDate.now(ws.database().clock());
        if (start.isAfter(today)) {
            throw new InputRejectedException(month.getYear() + "年" + month.getMonthValue() + "月尚未到来，不能登记该月的“" + title + "”");
        }
        // this month's honour chosen before the month ends is given today
        LocalDate on = awardedOn != null ? awardedOn : end.isAfter(today) ? today : end;
        return record(new Commendation(null, title, lv, awardedBy, on, kind, start, end, documentNumber, null, recipients));
    }

    public void delete(int id) {
        ws.database().write(ws.operator(), tx -> {
            CommendationRepository.delete(tx, id);
            return null;
        });
    }

    public List<Commendation> find(CommendationRepository.Filter filter) {
        return repo.find(filter);
    }

    /** The honours awarded in {@code year}, newest first. */
    public List<Commendation> ofYear(int year) {
        return repo.find(new CommendationRepository.Filter(year, null, null, null, null));
    }

    /**
     * The commendations awarded in {@code year} of {@code level} and {@code title}, given to the branch
     * {@code branchId} or to one of its members on the day of the award, newest first; each null means "any".
     * This is the screen's filter, without the store's filter type.
     */
    public List<Commendation> find(Integer year, CommendationLevel level, String title, Integer branchId) {
        return repo.find(new CommendationRepository.Filter(year, level, title, branchId, null));
    }

    /** A member's honours, newest first (for the member's page). */
    public List<Commendation> ofMember(int memberId) {
        return repo.find(new CommendationRepository.Filter(null, null, null, null, memberId));
    }

    /**
     * The recipients of {@code c} already recorded for the same honour ({@link Commendation#identity}).
     */
    private List<String> alreadyHolding(Commendation c) {
        String honour = Commendation.identity(c.title(), c.awardedOn(), c.documentNumber());
        Map<String, String> given = new HashMap<>(); // a stored recipient's key → its name as stored
        find(c.awardedOn().getYear(), null, c.title(), null).stream()
                .filter(o -> honour.equals(Commendation.identity(o.title(), o.awardedOn(), o.documentNumber())))
                .flatMap(o -> o.recipients().stream()).forEach(r -> given.put(recipientKey(r), r.displayName()));
        return c.recipients().stream().map(r -> given.get(recipientKey(r))).filter(Objects::nonNull)
                .map(name -> "“" + name + "”").distinct().toList();
    }

    private static String recipientKey(Commendation.Recipient r) {
        return r.kind() + ":" + switch (r.kind()) {
            case MEMBER -> r.memberId();
            case BRANCH -> r.orgUnitId();
            case DEPARTMENT -> r.departmentId();
            case EXTERNAL -> r.externalName() == null ? "" : r.externalName().strip();
        };
    }

    static List<String> problems(Commendation c) {
        List<String> out = new ArrayList<>();
        if (c.title() == null || c.title().isBlank()) {
            out.add("荣誉名称不能为空");
        }
        if (c.level() == null) {
            out.add("请选择级别");
        }
        if (c.awardedOn() == null) {
            out.add("请填写授予时间");
        }
        if (c.recipients().isEmpty()) {
            out.add("请至少选择一个获奖对象");
        }
        if (c.periodStart() != null && c.periodEnd() != null && c.periodEnd().isBefore(c.periodStart())) {
            out.add("评选期的结束日期早于开始日期");
        }
        for (Commendation.Recipient r : c.recipients()) {
            boolean ok = switch (r.kind()) {
                case MEMBER -> r.memberId() != null;
                case BRANCH -> r.orgUnitId() != null;
                case DEPARTMENT -> r.departmentId() != null;
                case EXTERNAL -> r.externalName() != null && !r.externalName().isBlank();
            };
            if (!ok) {
                out.add("获奖对象不完整");
            }
        }
        return out;
    }
}
