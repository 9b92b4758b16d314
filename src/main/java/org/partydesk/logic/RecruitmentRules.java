package org.partydesk.logic;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Properties;

/**
 * The statutory intervals and requirements of 发展党员 as data ({@code recruitment-rules.properties}): each
 * check returns the refusal, quoting the rule, or empty when the step is allowed.
 */
public final class RecruitmentRules {
    private static final RecruitmentRules DEFAULT = load();

    private final Properties p;

    private RecruitmentRules(Properties p) {
        this.p = p;
    }

    /** The rules shipped with the program. */
    public static RecruitmentRules standard() {
        return DEFAULT;
    }

    private static RecruitmentRules load() {
        return new RecruitmentRules(RuleFiles.load(RecruitmentRules.class, "recruitment-rules.properties"));
    }

    private int number(String key) {
        return Integer.parseInt(p.getProperty(key).strip());
    }

    private String text(String key) {
        return p.getProperty(key);
    }

    public int minAge() {
        return number("applicant.minAge");
    }

    public int talkWithinMonths() {
        return number("talk.withinMonths");
    }

    public int activistMonths() {
        return number("activist.minMonths");
    }

    public int introducers() {
        return number("introducers.count");
    }

    public int trainingDays() {
        return number("training.minDays");
    }

    public int trainingHours() {
        return number("training.minHours");
    }

    public int approvalMonths() {
        return number("approval.withinMonths");
    }

    public int probationMonths() {
        return number("probation.months");
    }

    public int probationReminderDays() {
        return number("reminder.probationEndingDays");
    }

    /** The day the talk is due at the latest for an application of {@code appliedOn}. */
    public LocalDate talkDue(LocalDate appliedOn) {
        return appliedOn.plusMonths(talkWithinMonths());
    }

    /** The first day an 积极分子 of {@code activistOn} may be made a 发展对象. */
    public LocalDate candidateFrom(LocalDate activistOn) {
        return activistOn.plusMonths(activistMonths());
    }

    /** The first day a 预备党员 admitted on {@code admittedOn} may become a 正式党员 (the probation year is over). */
    public LocalDate probationEnds(LocalDate admittedOn) {
        return admittedOn.plusMonths(probationMonths());
    }

    /** The last day the higher committee should approve an admission of {@code admittedOn}. */
    public LocalDate approvalDue(LocalDate admittedOn) {
        return admittedOn.plusMonths(approvalMonths());
    }

    /** An application on {@code appliedOn} by someone born on {@code birthDate} (null: unknown, allowed). */
    public Optional<String> application(LocalDate birthDate, LocalDate appliedOn) {
        if (birthDate != null && Period.between(birthDate, appliedOn).getYears() < minAge()) {
            return Optional.of("递交申请时（" + appliedOn + "）未满" + minAge() + "周岁（出生日期 " + birthDate + "）。"
                    + text("applicant.minAge.text") + "。");
        }
        return Optional.empty();
    }

    /** Making an 积极分子 (since {@code activistOn}) a 发展对象 on {@code day}. */
    public Optional<String> candidate(LocalDate activistOn, LocalDate day) {
        LocalDate from = candidateFrom(activistOn);
        if (day.isBefore(from)) {
            return Optional.of("确定为入党积极分子的日期是 " + activistOn + "，最早 " + from + " 才能列为发展对象。"
                    + text("activist.minMonths.text") + "。");
        }
        return Optional.empty();
    }

    /**
     * Admitting a 发展对象 as 预备党员: two introducers who are 正式党员 that day ({@code fullIntroducers} of
     * {@code introducers} named), training of at least the required days or hours, the political review
     * concluded on or before the day.
     */
    public Optional<String> admission(int introducers, int fullIntroducers, Integer trainingDays, Integer trainingHours,
                                      LocalDate reviewOn, LocalDate day) {
        if (introducers < introducers()) {
            return Optional.of("入党介绍人只填了 " + introducers + " 名。" + text("introducers.count.text") + "。");
        }
        if (fullIntroducers < introducers()) {
            return Optional.of("入党介绍人中有人在 " + day + " 不是正式党员。" + text("introducers.count.text") + "。");
        }
        boolean daysOk = trainingDays != null && trainingDays >= trainingDays();
        boolean hoursOk = trainingHours != null && trainingHours >= trainingHours();
        if (!daysOk && !hoursOk) {
            return Optional.of("集中培训记录为 " + (trainingDays == null ? 0 : trainingDays) + " 天、"
                    + (trainingHours == null ? 0 : trainingHours) + " 学时，不足 " + trainingDays() + " 天或 "
                    + trainingHours() + " 学时。" + text("training.text") + "。");
        }
        if (reviewOn == null || reviewOn.isAfter(day)) {
            return Optional.of((reviewOn == null ? "还没有记录政治审查结论" : "政治审查在 " + reviewOn + " 才结束")
                    + "。" + text("review.text") + "。");
        }
        return Optional.empty();
    }

    /** 转正 on {@code day} of a 预备党员 admitted on {@code admittedOn}. */
    public Optional<String> confirmation(LocalDate admittedOn, LocalDate day) {
        LocalDate ends = probationEnds(admittedOn);
        if (day.isBefore(ends)) {
            return Optional.of("支部大会通过为预备党员的日期是 " + admittedOn + "，预备期到 " + ends.minusDays(1)
                    + " 才满，最早 " + ends + " 才能转正。" + text("probation.months.text") + "。");
        }
        return Optional.empty();
    }

    /** The rule quoted with a reminder of a talk not held in time. */
    public String talkRule() {
        return text("talk.withinMonths.text");
    }

    /** The rule quoted with a reminder of an approval not given in time. */
    public String approvalRule() {
        return text("approval.withinMonths.text");
    }
}
