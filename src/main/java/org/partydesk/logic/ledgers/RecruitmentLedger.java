package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.RecruitmentRules;
import org.partydesk.logic.ledgers.CommendationEntry.RecipientName;
import org.partydesk.logic.ledgers.LedgerColumn.Kind;
import org.partydesk.model.Gender;

/**
 * The 发展党员台账 (decision 0018): one row per person on the way into the party, with the date of each stage,
 * the two 入党介绍人 (one cell, 、-separated, or two columns), the training, political review, the 支部大会
 * that admitted him, the higher committee's approval, 转正 and 终止培养. {@link #validate} checks the dates a row
 * gives against the intervals of {@link RecruitmentRules}, quoting the rule; what needs the stored record too (a
 * stage whose earlier stage is blank in the row, the admission's requirements) the import checks. Pure.
 */
public final class RecruitmentLedger {
    public static final String SEQ = "seq";
    public static final String NAME = "name";
    public static final String GENDER = "gender";
    public static final String BIRTH_DATE = "birthDate";
    public static final String ID_NUMBER = "idNumber";
    public static final String BRANCH = "branch";
    public static final String APPLIED_ON = "appliedOn";
    public static final String TALK_ON = "talkOn";
    public static final String ACTIVIST_ON = "activistOn";
    public static final String CANDIDATE_ON = "candidateOn";
    public static final String INTRODUCERS = "introducers";
    public static final String TRAINING_DAYS = "trainingDays";
    public static final String TRAINING_HOURS = "trainingHours";
    public static final String REVIEW_ON = "reviewOn";
    public static final String ADMITTED_ON = "admittedOn";
    public static final String APPROVED_ON = "approvedOn";
    public static final String CONFIRMED_ON = "confirmedOn";
    public static final String STOPPED_ON = "stoppedOn";
    public static final String STOP_REASON = "stopReason";
    public static final String NOTES = "notes";
    /** 入党介绍人一 / 入党介绍人二 (read only): the introducers in two columns. */
    public static final String INTRODUCER1 = "introducer1";
    public static final String INTRODUCER2 = "introducer2";

    public static final String SHEET_NAME = "发展党员";
    public static final String SHEET_TITLE = "发展党员台账";

    /** The opening lines of the 填表说明 sheet of this ledger's templates and exports. */
    public static final List<String> GUIDE = List.of(
            "第1行为标题，第2行为表头；从第3行起每名入党申请人（积极分子、发展对象、预备党员）一行。列的顺序可以调整，列名可用常见写法。",
            "按身份证号识别同一人，没有身份证号时按姓名和所在党支部；身份证号列为文本格式，请勿改为数字。",
            "各环节的日期可写成 2025-03-08、2025年3月8日 或 20250308；再次导入只补充或更新表中写出的日期，空格不改动已有内容。",
            "入党介绍人两人用“、”隔开，同名党员写作“张伟（第一党支部）”。",
            "表格最后可以有一行以“注：”或“说明”开头的备注，导入时忽略。");
    public static final String MALE = "男";
    public static final String FEMALE = "女";

    private static final Pattern WHOLE = Pattern.compile("(\\d{1,4})(?:\\.0+)?\\s*(?:天|日|学时|课时|小时)?");
    private static final String DATE_NOTE = "如 2024-03-15；也可写 2024年3月15日、2024.3.15、20240315";

    public static final HeaderAliases COLUMNS = new HeaderAliases(List.of(
            col(SEQ, "序号", List.of("编号"), Kind.IGNORED, List.of(), "可不填，导入时忽略", 6),
            col(NAME, "姓名", List.of("申请人姓名", "入党申请人", "发展对象姓名"), Kind.TEXT, List.of(), "必填", 10),
            col(GENDER, "性别", List.of(), Kind.CHOICE, List.of(MALE, FEMALE), "男 或 女；不填时按身份证号推断", 6),
            col(BIRTH_DATE, "出生日期", List.of("出生年月", "出生时间"), Kind.DATE, List.of(), "不填时按身份证号推断", 12),
            col(ID_NUMBER, "身份证号", List.of("公民身份号码", "身份证号码", "身份证", "证件号码"), Kind.TEXT_ONLY, List.of(),
                    "18位；本列为文本格式；据此识别同一人，不填时按姓名和所在党支部识别", 22),
            col(BRANCH, "所在党支部", List.of("党支部", "所在支部", "支部名称", "所属党支部", "党组织"), Kind.TEXT, List.of(),
                    "必填，须是库中已有的党支部；同名党支部写作 综合党支部（第一基层党委）", 18),
            col(APPLIED_ON, "递交入党申请书日期", List.of("入党申请时间", "申请入党时间", "递交入党申请书时间", "申请时间",
                    "入党申请日期", "申请入党日期", "递交申请书日期"), Kind.DATE, List.of(), "必填，" + DATE_NOTE, 14),
            col(TALK_ON, "谈话日期", List.of("谈话时间", "派人谈话日期", "党组织谈话时间", "谈话"), Kind.DATE, List.of(),
                    "党组织派人谈话的日期，一般在递交申请书后一个月内", 12),
            col(ACTIVIST_ON, "确定为入党积极分子日期", List.of("列为积极分子时间", "确定为积极分子时间", "列为入党积极分子时间",
                    "确定入党积极分子时间", "确定为入党积极分子时间", "积极分子时间", "列为积极分子日期"), Kind.DATE, List.of(),
                    "须先有谈话日期", 14),
            col(CANDIDATE_ON, "确定为发展对象日期", List.of("列为发展对象时间", "确定为发展对象时间", "确定发展对象时间",
                    "发展对象时间", "列为发展对象日期"), Kind.DATE, List.of(), "须在确定为入党积极分子一年以后", 14),
            col(INTRODUCERS, "入党介绍人", List.of("介绍人"), Kind.TEXT, List.of(),
                    "两名正式党员，用“、”隔开；同名党员写作 张伟（第一党支部）", 18),
            col(TRAINING_DAYS, "集中培训天数", List.of("培训天数", "集中培训时间（天）"), Kind.TEXT, List.of(),
                    "发展对象短期集中培训，一般不少于3天或24学时", 8),
            col(TRAINING_HOURS, "集中培训学时", List.of("培训学时", "集中培训时间（学时）"), Kind.TEXT, List.of(), "", 8),
            col(REVIEW_ON, "政治审查日期", List.of("政审时间", "政治审查时间", "政审日期", "政审结论日期"), Kind.DATE, List.of(),
                    "政治审查结论的日期", 12),
            col(ADMITTED_ON, "支部大会接收日期", List.of("接收预备党员时间", "支部大会通过时间", "支部大会讨论时间",
                    "接收为预备党员时间", "支部大会接收时间", "入党时间", "入党日期"), Kind.DATE, List.of(),
                    "支部党员大会接收为预备党员的日期；导入时此人成为该党支部的预备党员", 14),
            col(APPROVED_ON, "上级党委审批日期", List.of("上级党委审批时间", "党委审批时间", "审批时间", "审批日期"), Kind.DATE,
                    List.of(), "一般在支部大会后三个月内", 14),
            col(CONFIRMED_ON, "转正日期", List.of("预备党员转正时间", "转正时间", "转为正式党员时间"), Kind.DATE, List.of(),
                    "须满一年预备期；导入时此人成为正式党员", 12),
            col(STOPPED_ON, "终止培养日期", List.of("终止培养时间", "终止时间", "取消资格时间"), Kind.DATE, List.of(),
                    "不再培养时填写，并填写终止原因", 12),
            col(STOP_REASON, "终止原因", List.of("终止培养原因"), Kind.TEXT, List.of(), "", 16),
            col(NOTES, "备注", List.of("说明"), Kind.TEXT, List.of(), "", 16)),
            List.of(col(INTRODUCER1, "入党介绍人一", List.of("第一入党介绍人", "介绍人一", "入党介绍人1", "介绍人1"), Kind.TEXT,
                            List.of(), "", 10),
                    col(INTRODUCER2, "入党介绍人二", List.of("第二入党介绍人", "介绍人二", "入党介绍人2", "介绍人2"), Kind.TEXT,
                            List.of(), "", 10)))
            // 一、机关第一党支部 over its people, in a sheet without 所在党支部
            .branchHeadings(BRANCH);

    /** Keys without which the ledger cannot be imported. */
    public static final List<String> REQUIRED = List.of(NAME, BRANCH, APPLIED_ON);

    private RecruitmentLedger() {
    }

    private static LedgerColumn col(String key, String header, List<String> aliases, Kind kind, List<String> choices,
                                    String note, int width) {
        return new LedgerColumn(key, header, aliases, kind, choices, note, width);
    }

    /** Validates one row (cells by column key) against {@code today} and {@code rules}. */
    public static RowCheck<RecruitmentEntry> validate(Map<String, LedgerCell> row, LocalDate today, RecruitmentRules rules) {
        List<CellProblem> problems = new ArrayList<>();
        String name = MemberLedger.name(row.get(NAME)); // as the roster keeps it: "王  芳" is 王芳, "Anna Li" keeps its space
        if (name == null) {
            problems.add(CellProblem.error(NAME, "姓名为空"));
        } else {
            org.partydesk.logic.TextLimits.personName(name)
                    .ifPresent(p -> problems.add(CellProblem.error(NAME, p)));
        }
        String branch = LedgerCell.tidy(row.get(BRANCH));
        if (branch == null) {
            problems.add(CellProblem.error(BRANCH, "所在党支部为空"));
        }
        String idNumber = null;
        LedgerCell idCell = row.get(ID_NUMBER);
        if (idCell != null && !idCell.isEmptyValue()) {
            if (MemberLedger.storedAsNumber(idCell)) {
                problems.add(CellProblem.error(ID_NUMBER, MemberLedger.ID_AS_NUMBER));
            } else {
                String id = IdNumbers.normalize(Texts.toHalfWidth(idCell.text()));
                if (!id.contains("*")) {
                    Optional<String> problem = IdNumbers.problem(id);
                    if (problem.isPresent()) {
                        problems.add(CellProblem.error(ID_NUMBER, problem.get()));
                    } else {
                        idNumber = id;
                    }
                }
            }
        }
        Gender gender = null;
        String genderText = LedgerCell.tidy(row.get(GENDER));
        if (genderText != null) {
            gender = LedgerValues.lookup(LedgerValues.GENDER, genderText)
                    .map(g -> g.equals(MALE) ? Gender.MALE : Gender.FEMALE).orElse(null);
            if (gender == null) {
                problems.add(CellProblem.error(GENDER, "性别“" + genderText + "”应为 男 或 女"));
            }
        }
        if (idNumber != null) {
            Gender fromId = IdNumbers.isMale(idNumber).orElseThrow() ? Gender.MALE : Gender.FEMALE;
            if (gender != null && gender != fromId) {
                problems.add(CellProblem.warning(GENDER, "性别与身份证号不一致，按身份证号记录"));
            }
            gender = fromId;
        }
        LocalDate birth = date(row, BIRTH_DATE, "出生日期", today, problems);
        if (idNumber != null) {
            LocalDate fromId = IdNumbers.birthDate(idNumber).orElseThrow();
            if (birth != null && !birth.equals(fromId)) {
                problems.add(CellProblem.warning(BIRTH_DATE, "出生日期与身份证号不一致，按身份证号记录（" + fromId + "）"));
            }
            birth = fromId;
        }
        LocalDate applied = date(row, APPLIED_ON, "递交入党申请书日期", today, problems);
        LocalDate talk = date(row, TALK_ON, "谈话日期", today, problems);
        LocalDate activist = date(row, ACTIVIST_ON, "确定为入党积极分子日期", today, problems);
        LocalDate candidate = date(row, CANDIDATE_ON, "确定为发展对象日期", today, problems);
        LocalDate review = date(row, REVIEW_ON, "政治审查日期", today, problems);
        LocalDate admitted = date(row, ADMITTED_ON, "支部大会接收日期", today, problems);
        LocalDate approved = date(row, APPROVED_ON, "上级党委审批日期", today, problems);
        LocalDate confirmed = date(row, CONFIRMED_ON, "转正日期", today, problems);
        LocalDate stopped = date(row, STOPPED_ON, "终止培养日期", today, problems);
        Integer days = whole(row, TRAINING_DAYS, "集中培训天数", problems);
        Integer hours = whole(row, TRAINING_HOURS, "集中培训学时", problems);

        if (applied != null && birth != null) {
            rules.application(birth, applied).ifPresent(r -> problems.add(CellProblem.error(APPLIED_ON, r)));
        }
        if (applied != null) {
            if (talk != null) {
                notBefore(problems, TALK_ON, "谈话日期", talk, "递交入党申请书日期", applied);
                if (!talk.isBefore(applied) && talk.isAfter(rules.talkDue(applied))) {
                    problems.add(CellProblem.warning(TALK_ON, "谈话在递交申请书一个多月后（" + talk + "）。" + rules.talkRule() + "。"));
                }
            }
            if (activist != null) {
                notBefore(problems, ACTIVIST_ON, "确定为入党积极分子日期", activist, "递交入党申请书日期", applied);
            }
        }
        if (candidate != null && activist != null) {
            rules.candidate(activist, candidate).ifPresent(r -> problems.add(CellProblem.error(CANDIDATE_ON, r)));
        }
        if (review != null && candidate != null) {
            notBefore(problems, REVIEW_ON, "政治审查日期", review, "确定为发展对象日期", candidate);
        }
        if (admitted != null && candidate != null) {
            notBefore(problems, ADMITTED_ON, "支部大会接收日期", admitted, "确定为发展对象日期", candidate);
        }
        if (approved != null && admitted != null) {
            notBefore(problems, APPROVED_ON, "上级党委审批日期", approved, "支部大会接收日期", admitted);
            if (approved.isAfter(rules.approvalDue(admitted))) {
                problems.add(CellProblem.warning(APPROVED_ON, "审批在支部大会三个多月后（" + approved + "）。"
                        + rules.approvalRule() + "。"));
            }
        }
        if (confirmed != null && admitted != null) {
            rules.confirmation(admitted, confirmed).ifPresent(r -> problems.add(CellProblem.error(CONFIRMED_ON, r)));
        }
        String stopReason = LedgerCell.tidy(row.get(STOP_REASON));
        if (stopped != null) {
            if (admitted != null) {
                problems.add(CellProblem.error(STOPPED_ON, "已经支部大会接收为预备党员的不能终止培养，请在党员页面办理"));
            }
            if (stopReason == null) {
                problems.add(CellProblem.error(STOP_REASON, "填写了终止培养日期，请同时填写终止原因"));
            }
            if (applied != null) {
                notBefore(problems, STOPPED_ON, "终止培养日期", stopped, "递交入党申请书日期", applied);
            }
        }

        List<RecipientName> introducers = CommendationLedger.recipients(row.get(INTRODUCERS));
        String introducersKey = INTRODUCERS;
        List<RecipientName> split = new ArrayList<>(CommendationLedger.recipients(row.get(INTRODUCER1)));
        CommendationLedger.recipients(row.get(INTRODUCER2)).stream()
                .filter(n -> !split.contains(n)).forEach(split::add);
        if (!split.isEmpty()) {
            if (!introducers.isEmpty()) {
                problems.add(CellProblem.error(INTRODUCER1, "入党介绍人既写在“入党介绍人”一列又写在两列，请只写一处"));
            } else {
                introducers = split;
                introducersKey = row.get(INTRODUCER1) != null && LedgerCell.tidy(row.get(INTRODUCER1)) != null
                        ? INTRODUCER1 : INTRODUCER2;
            }
        }
        if (introducers.size() > rules.introducers()) {
            problems.add(CellProblem.error(introducersKey, "入党介绍人写了 " + introducers.size() + " 名，应为 "
                    + rules.introducers() + " 名"));
        }
        if (introducers.size() == 1) {
            problems.add(CellProblem.error(introducersKey, "入党介绍人只填了 1 名，应填 " + rules.introducers() + " 名，用“、”隔开"));
        }
        RecruitmentEntry entry = new RecruitmentEntry(name, gender, birth, idNumber, branch, applied, talk, activist, candidate,
                introducers, introducersKey, days, hours, review, admitted, approved, confirmed, stopped, stopReason,
                LedgerCell.tidy(row.get(NOTES)));
        return RowCheck.of(entry, problems);
    }

    private static void notBefore(List<CellProblem> problems, String key, String what, LocalDate day, String earlierWhat,
                                  LocalDate earlier) {
        if (day.isBefore(earlier)) {
            problems.add(CellProblem.error(key, what + "（" + day + "）早于" + earlierWhat + "（" + earlier + "）"));
        }
    }

    /** A date cell: null when blank or unreadable (then with an error). */
    private static LocalDate date(Map<String, LedgerCell> row, String key, String what, LocalDate today,
                                  List<CellProblem> problems) {
        try {
            LedgerDates.ParsedDate parsed = LedgerDates.parse(row.get(key));
            if (parsed == null) {
                return null;
            }
            if (parsed.date().isAfter(today)) {
                problems.add(CellProblem.error(key, what + "（" + parsed.date() + "）晚于今天"));
                return null;
            }
            if (parsed.monthOnly()) {
                problems.add(CellProblem.warning(key, what + "只填写了年月，按当月1日记录"));
            }
            if (parsed.note() != null) {
                problems.add(CellProblem.warning(key, parsed.note()));
            }
            return parsed.date();
        } catch (IllegalArgumentException e) {
            problems.add(CellProblem.error(key, e.getMessage()));
            return null;
        }
    }

    private static Integer whole(Map<String, LedgerCell> row, String key, String what, List<CellProblem> problems) {
        String text = LedgerCell.tidy(row.get(key));
        if (text == null) {
            return null;
        }
        Matcher m = WHOLE.matcher(Texts.toHalfWidth(text).strip());
        if (!m.matches()) {
            problems.add(CellProblem.error(key, what + "“" + text + "”应为整数，如 3"));
            return null;
        }
        return Integer.parseInt(m.group(1));
    }

    /** 入党介绍人 as the ledger writes them: two names 、-separated. */
    public static String introducersText(List<String> names) {
        return names.isEmpty() ? null : String.join("、", names);
    }
}
