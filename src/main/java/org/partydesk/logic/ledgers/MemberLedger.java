package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.ledgers.LedgerColumn.Kind;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Gender;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;

/**
 * The member roster ledger (花名册): its columns, their aliases and notes, and the validation of one row
 * into a {@link MemberEntry}. Pure: no file, no database.
 */
public final class MemberLedger {
    public static final String SEQ = "seq";
    public static final String NAME = "name";
    public static final String GENDER = "gender";
    public static final String ETHNICITY = "ethnicity";
    public static final String BIRTH_DATE = "birthDate";
    public static final String ID_NUMBER = "idNumber";
    public static final String EDUCATION = "education";
    public static final String STATUS = "status";
    public static final String BRANCH = "branch";
    /** Since when the member belongs to the branch of the row (组织关系转入日期). */
    public static final String BRANCH_SINCE = "branchSince";
    /** The 党小组 of the branch the member belongs to. */
    public static final String CELL = "cell";
    /** The member's posts on the branch committee (党内职务). */
    public static final String PARTY_POST = "partyPost";
    public static final String DEPARTMENT = "department";
    public static final String JOB_TITLE = "jobTitle";
    public static final String CATEGORY = "category";
    public static final String JOINED_ON = "joinedOn";
    public static final String FULL_MEMBER_ON = "fullMemberOn";
    public static final String PHONE = "phone";
    /** 政治面貌 (read only): 中共党员 or 中共预备党员 gives the party standing. */
    public static final String POLITICAL_STATUS = "politicalStatus";
    /**
     * 人员类别, 类别, 状态 (read only): decided by its values, a party standing (正式党员, 预备党员), a member
     * category (在职, 离退休, 流动) or a job category (公务员, 事业编制 …, kept as 职务 information).
     */
    public static final String PERSON_CATEGORY = "personCategory";
    /** 备注 (read only): not stored; a note that the member has left (已于2025年6月转出) is warned about. */
    public static final String NOTES = "notes";
    /** 全日制学历 and 在职学历 (the two columns of the 全国党员管理信息系统 and many rosters): read only, for a roster without 学历. */
    public static final String FULL_TIME_EDUCATION = "fullTimeEducation";
    public static final String PART_TIME_EDUCATION = "partTimeEducation";

    /** The sheet name and title of exports and templates. */
    public static final String SHEET_NAME = "党员名册";
    public static final String TITLE = "党员花名册";

    /** The opening lines of the 填表说明 sheet of this ledger's templates and exports. */
    public static final List<String> GUIDE = List.of(
            "第1行为标题，第2行为表头；从第3行起每行一名党员。列的顺序可以调整，列名可用常见写法（如“身份证号码”）。",
            "日期可写成 2019-07-01、2019/7/1、2019.07.01、2019年7月1日 或 20190701；只知年月时写 2019.07 或 2019年7月。",
            "身份证号列为文本格式，请勿改为数字：数字格式会让 Excel 丢失末尾数字。",
            "身份证号据此识别同一党员；没有身份证号的行按姓名识别（同名时再按出生日期、所在党支部区分）。",
            "表格最后可以有一行以“注：”或“说明”开头的备注，导入时忽略。");

    public static final String MALE = "男";
    public static final String FEMALE = "女";
    public static final String FULL = "正式党员";
    public static final String PROBATIONARY = "预备党员";
    public static final String ACTIVE = "在职";
    public static final String RETIRED = "离退休";
    public static final String MOBILE = "流动";
    public static final String SECRETARY = "书记";
    public static final String NO_POST = "无";
    /** A member of the bureau's leading party group (局党组), as the 党内职务 column writes it. */
    public static final String LEADING_GROUP_MEMBER = "党组成员";
    /** What separates several posts in one 党内职务 cell. */
    private static final Pattern POST_SEPARATORS = Pattern.compile("[、，,；;/／\\s]+|(?<=.)兼(?=.)");
    /** Dates in a roster's title or footer: 2025年12月31日, 2025.12.31, 2025-12-31, 2025年12月 (month only). */
    private static final String DATE = "(\\d{4})[年./-](\\d{1,2})(?:[月./-](\\d{1,2})[日号]?|月)?";
    private static final List<Pattern> ROSTER_DATES = List.of(
            Pattern.compile("(?:截至|截止)(?:到|至)?(?:日期|时间)?[:：]?" + DATE),
            Pattern.compile("(?:统计|填报|填表|制表|报送)(?:日期|时间)[:：]?" + DATE),
            Pattern.compile("(\\d{4})年(?:度|末|底)"));

    /** The same message wherever an ID number was typed into a number cell. */
    public static final String ID_AS_NUMBER = "身份证号被存成了数字，Excel 已丢失末尾数字，请将该列设为文本后重新填写";

    /** An ID number as Excel shows a number of 18 digits, kept as text: 3.30102E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(?:\\.\\d+)?E\\+?\\d{1,2}");
    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    /** Words of a 备注 or 人员状态 saying the member has left the roster (转出, 去世 …). */
    /** Words of a 备注 saying the member came from elsewhere (2026年4月从市财政局转入). */
    private static final Pattern ARRIVED = Pattern.compile("转入|调入|迁入|转来");
    private static final Pattern LEFT = Pattern.compile("转出|调出|调离|去世|逝世|病故|死亡|已故|出党|除名|停止党籍|开除党籍|退党");
    /** What to do with a member who has left, as the roster's messages about one say it. */
    public static final String LEFT_HOW = "已转出、去世等离开的党员，请按离开前的情况导入（人员状态写 在职、离退休 或 流动），"
            + "再在党员页面点“转出…”或“党籍变动…”登记离开及其日期；导入不会记录离开";
    private static final Pattern MOBILE_PHONE = Pattern.compile("1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("(\\d{3,4}-?)?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern CJK_AND_SPACES = Pattern.compile("[\\p{IsHan}·\\s]+");

    public static final HeaderAliases COLUMNS = new HeaderAliases(List.of(
            col(SEQ, "序号", List.of("编号"), Kind.IGNORED, List.of(), "可不填，导入时忽略", 6),
            col(NAME, "姓名", List.of("党员姓名"), Kind.TEXT, List.of(), "必填", 10),
            col(GENDER, "性别", List.of(), Kind.CHOICE, List.of(MALE, FEMALE), "男 或 女；不填时按身份证号推断", 6),
            col(ETHNICITY, "民族", List.of(), Kind.TEXT, List.of(), "如 汉族", 8),
            col(BIRTH_DATE, "出生日期", List.of("出生年月", "出生时间"), Kind.DATE, List.of(),
                    "如 1985-03-17；不填时按身份证号推断", 12),
            col(ID_NUMBER, "身份证号", List.of("公民身份号码", "身份证号码", "身份证", "证件号码"), Kind.TEXT_ONLY, List.of(),
                    "18位；本列为文本格式，请勿改成数字（否则 Excel 会丢失末尾数字）；据此识别同一党员，不填时按姓名识别", 22),
            col(EDUCATION, "学历", List.of("文化程度", "最高学历"), Kind.TEXT, List.of(), "如 大学本科、研究生", 10),
            col(STATUS, "党员类别", List.of("党籍状态", "党员状态", "党籍", "党员身份", "党员性质"), Kind.CHOICE, List.of(FULL, PROBATIONARY),
                    "正式党员 或 预备党员；不填按正式党员", 10),
            col(BRANCH, "所在党支部", List.of("所在支部", "所在组织", "党支部", "支部"), Kind.TEXT, List.of(),
                    "必填；同名党支部写作 名称（上级党组织名称）；库中没有的党支部导入时在机关党委下新建", 20),
            col(BRANCH_SINCE, "转入本支部日期", List.of("组织关系转入日期", "进入支部时间", "进入本支部时间", "转入时间",
                            "转入日期", "加入本支部日期", "加入本支部时间", "转入本支部时间", "组织关系转入时间"), Kind.DATE, List.of(),
                    "组织关系转入本支部的日期，如 2023-04-01；不填时新党员自入党日期起算（见 README“组织关系自何时起算”）", 14),
            col(CELL, "所在党小组", List.of("党小组", "所属党小组"), Kind.TEXT, List.of(),
                    "本支部内的党小组，如 第1党小组；库中没有的导入时在该党支部下新建；不填表示不改动", 12),
            col(PARTY_POST, "党内职务", List.of("支部职务", "党内职务（支部）", "支委职务", "支部委员会职务", "党支部职务"),
                    Kind.CHOICES, List.of(SECRETARY, "副书记", "组织委员", "宣传委员", "纪检委员", "青年委员", "委员", LEADING_GROUP_MEMBER, NO_POST),
                    "本支部委员会中的职务：书记、副书记、组织委员、宣传委员、纪检委员、青年委员、委员；局党组成员写 党组成员"
                            + "（或 党组书记、党组副书记）；多个用、隔开；无 或 不填 表示不是支委", 14),
            col(DEPARTMENT, "处室", List.of("所在处室", "工作单位", "所在单位", "部门", "所在科室", "科室", "处（科）室", "所在处（科）室",
                            "所在部门", "工作部门", "所在处室（单位）"), Kind.TEXT, List.of(),
                    "所在处室或单位；库中没有的导入时新建", 14),
            col(JOB_TITLE, "职务", List.of("职务职级", "现任职务", "行政职务", "工作职务", "工作单位及职务", "单位及职务"), Kind.TEXT, List.of(), "行政职务", 12),
            col(CATEGORY, "人员状态", List.of("在职/离退休", "在职情况", "人员性质"), Kind.CHOICE,
                    List.of(ACTIVE, RETIRED, MOBILE), "在职、离退休 或 流动；不填按在职", 10),
            col(JOINED_ON, "入党日期", List.of("入党时间", "加入党组织日期", "入党年月", "入党年月日", "加入党组织时间",
                            "加入中国共产党时间", "加入中国共产党日期"), Kind.DATE, List.of(),
                    "如 2010-07-01；只知年月可写 2010.07", 12),
            col(FULL_MEMBER_ON, "转正日期", List.of("转正时间", "转正年月", "预备党员转正时间"), Kind.DATE, List.of(), "预备党员不填", 12),
            col(PHONE, "手机号码", List.of("联系电话", "手机", "电话", "联系方式"), Kind.TEXT_ONLY, List.of(), "11位手机号或座机号", 14)),
            List.of(
                    col(POLITICAL_STATUS, "政治面貌", List.of("政治面目", "政治身份"), Kind.TEXT, List.of(),
                            "中共党员 记为正式党员，中共预备党员 记为预备党员", 10),
                    col(PERSON_CATEGORY, "人员类别", List.of("类别", "状态", "人员身份", "身份类别", "编制类别", "编制性质",
                            "人员编制", "编制情况"), Kind.TEXT, List.of(),
                            "按所填的值判断：正式党员/预备党员 为党员类别，在职/离退休/流动 为人员状态，公务员、事业编制等记作职务信息", 10),
                    col(FULL_TIME_EDUCATION, "全日制学历", List.of("全日制教育", "全日制教育学历", "全日制学历学位", "全日制教育学历学位"),
                            Kind.TEXT, List.of(), "没有“学历”一列时，全日制学历和在职学历中较高的一个记为学历", 10),
                    col(PART_TIME_EDUCATION, "在职学历", List.of("在职教育", "在职教育学历", "在职学历学位", "在职教育学历学位"),
                            Kind.TEXT, List.of(), "没有“学历”一列时，全日制学历和在职学历中较高的一个记为学历", 10),
                    col(NOTES, "备注", List.of(), Kind.TEXT, List.of(),
                            "不导入；写有转出、去世等的行给出提醒：离开须在党员页面办理", 16)))
            // 职务 beside 行政职务: the posts in the branch committee
            .elseAs("职务", PARTY_POST)
            // 一、机关第一党支部（4人） over its members, in a roster without 所在党支部
            .branchHeadings(BRANCH);

    /** Keys without which a roster cannot be imported. */
    public static final List<String> REQUIRED = List.of(NAME, BRANCH);

    private MemberLedger() {
    }

    private static LedgerColumn col(String key, String header, List<String> aliases, Kind kind, List<String> choices,
                                    String note, int width) {
        return new LedgerColumn(key, header, aliases, kind, choices, note, width);
    }

    /**
     * Whether an ID number's cell holds what is left of it after Excel kept it as a number: the number itself, or the
     * text Excel showed for it (3.30102E+17) copied or pasted as text.
     */
    public static boolean storedAsNumber(LedgerCell idCell) {
        return idCell.number()
                || SCIENTIFIC.matcher(Texts.compact(idCell.text()).toUpperCase(java.util.Locale.ROOT)).matches();
    }

    /**
     * Validates one row (cells by column key; a missing key is a column the file does not have)
     * against {@code today}.
     */
    public static RowCheck<MemberEntry> validate(Map<String, LedgerCell> row, LocalDate today) {
        return validate(row, today, today);
    }

    /**
     * {@link #validate(Map, LocalDate)} of a roster describing its members on {@code rosterDate} (the date in its title,
     * else today): a new member whose row gives neither 党员类别 nor 转正日期 and who joined less than a year before it is a
     * 预备党员 ({@link MemberEntry#probationByDates}).
     */
    public static RowCheck<MemberEntry> validate(Map<String, LedgerCell> row, LocalDate today, LocalDate rosterDate) {
        List<CellProblem> problems = new ArrayList<>();
        String name = name(row.get(NAME));
        if (name == null) {
            problems.add(new CellProblem(NAME, Severity.ERROR, "姓名为空"));
        } else {
            org.partydesk.logic.TextLimits.personName(name)
                    .ifPresent(p -> problems.add(new CellProblem(NAME, Severity.ERROR, p)));
        }

        String idNumber = null;
        String maskedId = null;
        LedgerCell idCell = row.get(ID_NUMBER);
        if (idCell == null || idCell.isEmptyValue()) {
            // no ID number: the import knows the member by his name (decision 0048)
        } else if (storedAsNumber(idCell)) {
            problems.add(new CellProblem(ID_NUMBER, Severity.ERROR, ID_AS_NUMBER));
        } else {
            String id = IdNumbers.normalize(Texts.toHalfWidth(idCell.text()));
            if (id.indexOf('*') >= 0 && MASKED_ID.matcher(id).matches()) {
                maskedId = id;
            } else {
                Optional<String> problem = IdNumbers.problem(id);
                if (problem.isPresent()) {
                    problems.add(new CellProblem(ID_NUMBER, Severity.ERROR, problem.get()));
                } else {
                    idNumber = id;
                }
            }
        }

        Gender gender = null;
        String genderText = text(row.get(GENDER));
        if (genderText != null) {
            gender = LedgerValues.lookup(LedgerValues.GENDER, genderText)
                    .map(g -> g.equals(MALE) ? Gender.MALE : Gender.FEMALE).orElse(null);
            if (gender == null) {
                problems.add(new CellProblem(GENDER, Severity.ERROR, "性别“" + genderText + "”应为 男 或 女"));
            }
            Optional<Boolean> maleById = IdNumbers.isMale(idNumber);
            if (gender != null && maleById.isPresent() && maleById.get() != (gender == Gender.MALE)) {
                problems.add(new CellProblem(GENDER, Severity.WARNING, "性别与身份证号不一致（身份证号显示为"
                        + (gender == Gender.MALE ? FEMALE : MALE) + "）"));
            }
        }

        LocalDate birthDate = null;
        Optional<LocalDate> fromId = IdNumbers.birthDate(idNumber);
        // 1948.1 typed as a number may be January or October: the ID number says which
        LedgerDates.ParsedDate birth = fromId.isPresent() && LedgerDates.januaryOrOctober(row.get(BIRTH_DATE), fromId.get())
                ? new LedgerDates.ParsedDate(fromId.get().withDayOfMonth(1), true)
                : date(row.get(BIRTH_DATE), BIRTH_DATE, problems);
        if (birth != null) {
            if (birth.monthOnly() && fromId.isPresent() && birth.yearMonth().equals(java.time.YearMonth.from(fromId.get()))) {
                birthDate = fromId.get();
            } else {
                birthDate = birth.date();
                if (birth.monthOnly()) {
                    problems.add(new CellProblem(BIRTH_DATE, Severity.WARNING, "只填写了年月，按当月1日记录"));
                } else if (fromId.isPresent() && !fromId.get().equals(birthDate)) {
                    problems.add(new CellProblem(BIRTH_DATE, Severity.WARNING,
                            "出生日期与身份证号中的出生日期（" + fromId.get() + "）不一致"));
                }
            }
            if (birthDate.isAfter(today)) {
                problems.add(new CellProblem(BIRTH_DATE, Severity.ERROR, "出生日期晚于今天"));
            }
        }

        Standing standing = standing(row, problems);
        MemberStatus status = standing.status();
        MemberCategory category = standing.category();

        String branch = unitName(row.get(BRANCH));
        if (branch == null) {
            problems.add(new CellProblem(BRANCH, Severity.ERROR, "所在党支部为空"));
        }

        LedgerDates.ParsedDate joined = date(row.get(JOINED_ON), JOINED_ON, problems);
        LedgerDates.ParsedDate full = date(row.get(FULL_MEMBER_ON), FULL_MEMBER_ON, problems);
        checkPartyDate(joined, JOINED_ON, "入党日期", today, problems);
        checkPartyDate(full, FULL_MEMBER_ON, "转正日期", today, problems);
        if (joined != null && full != null && full.date().isBefore(joined.date())) {
            problems.add(new CellProblem(FULL_MEMBER_ON, Severity.ERROR, "转正日期早于入党日期（" + joined.date() + "）"));
        }
        if (joined != null && birthDate != null && joined.date().isBefore(birthDate.plusYears(18))) {
            problems.add(new CellProblem(JOINED_ON, Severity.WARNING, "入党时未满18周岁，请核对入党日期"));
        }
        if (status == MemberStatus.PROBATIONARY && full != null && !full.date().isAfter(rosterDate)) {
            // 预备党员 with a 转正日期 before the roster's date: the 党员类别 was not updated
            status = MemberStatus.FULL;
            problems.add(new CellProblem(FULL_MEMBER_ON, Severity.WARNING, "写的是预备党员，但转正日期 " + full.date()
                    + " 在名册日期（" + rosterDate + "）之前：按正式党员记录"));
        } else if (status == MemberStatus.PROBATIONARY && full != null) {
            problems.add(new CellProblem(FULL_MEMBER_ON, Severity.WARNING, "预备党员不应有转正日期"));
        }
        if (joined != null && joined.date().isAfter(rosterDate)) {
            problems.add(new CellProblem(JOINED_ON, Severity.WARNING, "入党日期 " + joined.date() + " 晚于名册日期（" + rosterDate
                    + "），请核对"));
        }
        // 预备期一年: joined within the year before the roster's date, not yet 转正
        boolean probationByDates = status == null && full == null && joined != null && !joined.date().isAfter(rosterDate)
                && joined.date().isAfter(rosterDate.minusYears(1));
        if (probationByDates) {
            problems.add(new CellProblem(JOINED_ON, Severity.WARNING, "没有写党员类别和转正日期，到名册日期（" + rosterDate
                    + "）入党不满一年：新党员按预备党员记录"));
        }

        String phone = text(row.get(PHONE));
        if (phone != null) {
            phone = Texts.compact(phone);
            if (!isMobile(phone) && !MOBILE_PHONE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
                problems.add(new CellProblem(PHONE, Severity.WARNING, "手机号码“" + phone + "”不像11位手机号或座机号"));
            }
        }

        LedgerDates.ParsedDate since = date(row.get(BRANCH_SINCE), BRANCH_SINCE, problems);
        checkPartyDate(since, BRANCH_SINCE, "转入本支部日期", today, problems);
        Set<CommitteeRole> posts = row.containsKey(PARTY_POST) ? posts(row.get(PARTY_POST), problems) : null;
        boolean leadingGroup = row.containsKey(PARTY_POST) && leadingGroup(row.get(PARTY_POST));

        String jobTitle = text(row.get(JOB_TITLE));
        if (posts == null && jobTitle != null) {
            // 书记, 组织委员 in a roster's only 职务 column: the branch committee's posts, not an office's
            List<CellProblem> notPosts = new ArrayList<>();
            Set<CommitteeRole> inJob = posts(row.get(JOB_TITLE), notPosts);
            if (!inJob.isEmpty() && notPosts.isEmpty()) {
                posts = inJob;
                problems.add(new CellProblem(JOB_TITLE, Severity.WARNING, "“" + jobTitle + "”是支部委员会职务，记为党内职务"));
                jobTitle = null;
            }
        }
        if (standing.jobCategory() != null) {
            if (jobTitle == null) {
                jobTitle = standing.jobCategory();
            } else {
                problems.add(new CellProblem(standing.jobCategoryKey(), Severity.WARNING, "“" + standing.jobCategory()
                        + "”是编制或岗位类别，不是党员类别；已有职务“" + jobTitle + "”，未另行记录"));
            }
        }
        String notes = LedgerCell.tidy(row.get(NOTES));
        Matcher left = notes == null ? null : LEFT.matcher(Texts.compact(notes));
        if (left != null && left.find()) {
            problems.add(new CellProblem(NOTES, Severity.WARNING, "备注写有“" + left.group() + "”：该党员按名册导入为在册党员。"
                    + "如已离开，请在党员页面点“转出…”或“党籍变动…”登记离开及其日期（导入不会记录离开）"));
        }
        if (notes != null && since == null && ARRIVED.matcher(Texts.compact(notes)).find()) {
            // without the day he came, the membership counts from 入党日期 and the branch's earlier years grow by him
            problems.add(new CellProblem(NOTES, Severity.WARNING, "备注写有转入（" + notes + "），但没有填“转入本支部日期”："
                    + "组织关系按入党日期起算，此前年份的统计也会算上该党员；请在“转入本支部日期”一列填写转入日期后再导入"));
        }
        MemberEntry entry = new MemberEntry(name, gender,
                LedgerValues.normalise(LedgerValues.ETHNICITY, text(row.get(ETHNICITY))), birthDate, idNumber, maskedId,
                education(row), status, category, branch,
                unitName(row.get(DEPARTMENT)), jobTitle, joined == null ? null : joined.date(), full == null ? null : full.date(),
                phone, since == null ? null : since.date(), unitName(row.get(CELL)), posts, leadingGroup, probationByDates);
        return RowCheck.of(entry, problems);
    }

    /** Education from the highest down, as {@link LedgerValues#EDUCATION} writes it. */
    private static final List<String> EDUCATION_RANK = List.of("博士研究生", "硕士研究生", "研究生", "大学本科", "大专", "中专",
            "高中", "中技", "技校", "职高", "初中", "小学");

    /**
     * A row's 学历: the 学历 column's; without one, the higher of 全日制学历 and 在职学历 (a roster's 学历 is the highest
     * the member has, and most have it from one of the two); one the rank does not know loses to one it knows, and
     * of two it does not know 全日制 is kept.
     */
    private static String education(Map<String, LedgerCell> row) {
        String written = LedgerValues.normalise(LedgerValues.EDUCATION, text(row.get(EDUCATION)));
        if (written != null) {
            return written;
        }
        String fullTime = LedgerValues.normalise(LedgerValues.EDUCATION, text(row.get(FULL_TIME_EDUCATION)));
        String partTime = LedgerValues.normalise(LedgerValues.EDUCATION, text(row.get(PART_TIME_EDUCATION)));
        if (fullTime == null || partTime == null) {
            return fullTime != null ? fullTime : partTime;
        }
        int f = EDUCATION_RANK.indexOf(fullTime);
        int p = EDUCATION_RANK.indexOf(partTime);
        return p >= 0 && (f < 0 || p < f) ? partTime : fullTime;
    }

    /**
     * What the 党员类别, 政治面貌, 人员类别 and 人员状态 columns say together: the party standing, the member
     * category and a job category (公务员 …, with the column it came from); null where none says it.
     */
    record Standing(MemberStatus status, MemberCategory category, String jobCategory, String jobCategoryKey) {
    }

    /** Columns that may say the standing, in the order their values are read. */
    private static final List<String> STANDING_KEYS = List.of(STATUS, POLITICAL_STATUS, PERSON_CATEGORY, CATEGORY);

    /**
     * Reads each of the standing columns by its value (value tables {@link LedgerValues#PARTY_STANDING},
     * {@link LedgerValues#MEMBER_CATEGORY}, {@link LedgerValues#JOB_CATEGORY}): a 人员类别 of 公务员 is the job
     * category, never the 党员类别; 政治面貌 中共预备党员 makes a 预备党员. Two columns saying different standings,
     * or a 政治面貌 of someone who is not a party member, are errors.
     */
    static Standing standing(Map<String, LedgerCell> row, List<CellProblem> problems) {
        MemberStatus status = null;
        String statusKey = null;
        MemberCategory category = null;
        String categoryKey = null;
        String job = null;
        String jobKey = null;
        for (String key : STANDING_KEYS) {
            String t = text(row.get(key));
            if (t == null) {
                continue;
            }
            Optional<String> party = LedgerValues.lookup(LedgerValues.PARTY_STANDING, t);
            Optional<String> cat = LedgerValues.lookup(LedgerValues.MEMBER_CATEGORY, t);
            Optional<String> jobCat = LedgerValues.lookup(LedgerValues.JOB_CATEGORY, t);
            if (party.isPresent() && !key.equals(CATEGORY)) {
                MemberStatus s = party.get().equals(PROBATIONARY) ? MemberStatus.PROBATIONARY : MemberStatus.FULL;
                if (status != null && status != s) {
                    problems.add(new CellProblem(key, Severity.ERROR, header(key) + "“" + t + "”与" + header(statusKey)
                            + "（" + label(status) + "）不一致，请核对是正式党员还是预备党员"));
                } else if (status == null) {
                    status = s;
                    statusKey = key;
                }
            } else if (cat.isPresent() && !key.equals(POLITICAL_STATUS)) {
                MemberCategory c = switch (cat.get()) {
                    case RETIRED -> MemberCategory.RETIRED;
                    case MOBILE -> MemberCategory.MOBILE;
                    default -> MemberCategory.ACTIVE;
                };
                if (category != null && category != c) {
                    problems.add(new CellProblem(key, Severity.ERROR, header(key) + "“" + t + "”与" + header(categoryKey)
                            + "（" + label(category) + "）不一致"));
                } else if (category == null) {
                    category = c;
                    categoryKey = key;
                }
            } else if (jobCat.isPresent() && !key.equals(POLITICAL_STATUS)) {
                if (job == null) {
                    job = jobCat.get();
                    jobKey = key;
                }
            } else if (LedgerValues.lookup(LedgerValues.NOT_A_MEMBER, t).isPresent()) {
                // 群众、共青团员 … in 政治面貌 or in a 人员类别 column alike: the row is no party member's
                problems.add(new CellProblem(key, Severity.ERROR, header(key) + "为“" + t
                        + "”，不是中共党员；花名册只收党员，该行不导入"));
            } else if (Texts.compact(t).equals("正常")) {
                // 党籍状态 of the national system: 正常 says nothing of 正式 or 预备
                continue;
            } else if (Texts.compact(t).matches("停止党籍|失联|出党|开除党籍|党籍停止|失去联系")) {
                problems.add(new CellProblem(key, Severity.WARNING, "“" + t + "”没有导入：按在册党员记录；"
                        + "请在党员页面登记（党籍、组织关系转接）"));
            } else if (key.equals(POLITICAL_STATUS)) {
                problems.add(new CellProblem(key, Severity.ERROR, "政治面貌“" + t + "”应为 中共党员 或 中共预备党员"));
            } else if (key.equals(STATUS)) {
                problems.add(new CellProblem(key, Severity.ERROR, "党员类别“" + t + "”应为 正式党员 或 预备党员"));
            } else if (key.equals(CATEGORY)) {
                problems.add(new CellProblem(key, Severity.ERROR, "人员状态“" + t + "”应为 在职、离退休 或 流动"
                        + (LEFT.matcher(Texts.compact(t)).find() ? "。" + LEFT_HOW : "")));
            } else {
                problems.add(new CellProblem(key, Severity.WARNING, header(key) + "“" + t + "”既不是党员类别（正式党员、预备党员）、"
                        + "人员状态（在职、离退休、流动），也不是常见的编制类别（公务员、事业编制 等），未记录"));
            }
        }
        return new Standing(status, category, job, jobKey);
    }

    /** The column's header as the template writes it, for a message (looked up only when one is written). */
    private static String header(String key) {
        return COLUMNS.column(key).header();
    }

    /**
     * The committee posts of a 党内职务 cell: 书记, 副书记, 组织委员, 宣传委员, 纪检委员, and 青年委员, 支部委员,
     * 委员 or any other …委员 as a plain member of the committee; several separated by 、; 无 or blank: none.
     * Anything else (党小组长 …) is a warning and not recorded.
     */
    static Set<CommitteeRole> posts(LedgerCell cell, List<CellProblem> problems) {
        Set<CommitteeRole> out = EnumSet.noneOf(CommitteeRole.class);
        String text = text(cell);
        if (text == null) {
            return out;
        }
        for (String part : POST_SEPARATORS.split(Texts.toHalfWidth(text))) {
            String p = part.replaceFirst("^(党?支部|支委会?)(?=.)", "");
            // 党员 / 普通党员 in a 职务 column: a member without a post
            if (p.isEmpty() || p.equals(NO_POST) || p.equals("-") || p.equals("—") || LEADING_GROUP_POST.matcher(p).matches()
                    || p.equals("党员") || p.equals("普通党员") || p.equals("一般党员")) {
                continue;
            }
            CommitteeRole role = switch (p) {
                case SECRETARY, "支部书记", "党支部书记" -> CommitteeRole.SECRETARY;
                case "副书记" -> CommitteeRole.DEPUTY_SECRETARY;
                case "组织委员" -> CommitteeRole.ORGANIZATION_MEMBER;
                case "宣传委员" -> CommitteeRole.PUBLICITY_MEMBER;
                case "纪检委员", "纪律检查委员" -> CommitteeRole.DISCIPLINE_MEMBER;
                case "支委" -> CommitteeRole.COMMITTEE_MEMBER;
                default -> p.endsWith("委员") ? CommitteeRole.COMMITTEE_MEMBER : null;
            };
            if (role == null) {
                problems.add(new CellProblem(PARTY_POST, Severity.WARNING, "“" + part + "”不是支部委员会职务"
                        + "（书记、副书记、组织委员、宣传委员、纪检委员、青年委员、委员），未记录"));
            } else {
                out.add(role);
            }
        }
        return out;
    }

    private static final Pattern LEADING_GROUP_POST = Pattern.compile("(局)?党组(书记|副书记|成员)");

    /** Whether a 党内职务 cell says the member belongs to the leading party group: 党组书记, 党组副书记, 党组成员. */
    static boolean leadingGroup(LedgerCell cell) {
        String text = text(cell);
        return text != null && java.util.Arrays.stream(POST_SEPARATORS.split(Texts.toHalfWidth(text)))
                .anyMatch(p -> LEADING_GROUP_POST.matcher(p).matches());
    }

    /** The label of a committee post as the 党内职务 column writes it. */
    public static String label(CommitteeRole r) {
        return switch (r) {
            case SECRETARY -> SECRETARY;
            case DEPUTY_SECRETARY -> "副书记";
            case ORGANIZATION_MEMBER -> "组织委员";
            case PUBLICITY_MEMBER -> "宣传委员";
            case DISCIPLINE_MEMBER -> "纪检委员";
            case COMMITTEE_MEMBER -> "委员";
        };
    }

    /** The date a roster describes and the text it was found in. */
    public record RosterDate(LocalDate date, String text) {
    }

    /**
     * The date a roster describes, from the lines above its header and under its data: 截至/截止 a date
     * first, then 统计/填报/填表/制表/报送 日期 or 时间, then "2025年度" (or 年末, 年底) meaning 31 December. A
     * month without a day means its last day. Empty when no line gives one.
     */
    public static Optional<RosterDate> rosterDate(List<String> lines) {
        for (Pattern pattern : ROSTER_DATES) {
            for (String line : lines) {
                String t = LedgerDates.toArabic(Texts.toHalfWidth(line).replaceAll("\\s+", ""));
                Matcher m = pattern.matcher(t);
                while (m.find()) {
                    try {
                        int year = Integer.parseInt(m.group(1));
                        if (year < LedgerDates.MIN_YEAR || year > LedgerDates.MAX_YEAR) {
                            continue;
                        }
                        if (m.groupCount() < 2 || m.group(2) == null) {
                            return Optional.of(new RosterDate(LocalDate.of(year, 12, 31), line));
                        }
                        java.time.YearMonth ym = java.time.YearMonth.of(year, Integer.parseInt(m.group(2)));
                        LocalDate d = m.group(3) == null ? ym.atEndOfMonth() : ym.atDay(Integer.parseInt(m.group(3)));
                        return Optional.of(new RosterDate(d, line));
                    } catch (java.time.DateTimeException e) {
                        // not a real date: look further
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void checkPartyDate(LedgerDates.ParsedDate date, String key, String label, LocalDate today,
                                       List<CellProblem> problems) {
        if (date == null) {
            return;
        }
        if (date.date().isAfter(today)) {
            problems.add(new CellProblem(key, Severity.ERROR, label + "晚于今天"));
        } else if (date.monthOnly()) {
            problems.add(new CellProblem(key, Severity.WARNING, "只填写了年月，按当月1日记录"));
        }
    }

    static LedgerDates.ParsedDate date(LedgerCell cell, String key, List<CellProblem> problems) {
        try {
            LedgerDates.ParsedDate d = LedgerDates.parse(cell);
            if (d != null && d.note() != null) {
                problems.add(new CellProblem(key, Severity.WARNING, d.note()));
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(new CellProblem(key, Severity.ERROR, e.getMessage()));
            return null;
        }
    }

    /** The cleaned text of a cell, or null when blank or absent. */
    static String text(LedgerCell cell) {
        return LedgerCell.clean(cell);
    }

    /**
     * The name of a branch, 处室 or 党小组: {@link #text}, one copy of each name however many rows repeat it. A roster's
     * rows are all kept until they are matched, and each row's own copy of its branch's name was more than a quarter of
     * the strings a 100,000-row roster kept (issue 21).
     */
    static String unitName(LedgerCell cell) {
        String name = text(cell);
        return name == null ? null : name.intern();
    }

    /** Names: spaces typed to align two-character Chinese names are dropped. */
    static String name(LedgerCell cell) {
        return personName(text(cell));
    }

    /**
     * A person's name as the roster keeps it, whichever ledger writes it: the spaces typed to align a Chinese name
     * dropped ("张  三", "欧阳 晓明"), a Latin one's kept; stripped; null stays null. The text is cleaned or tidied
     * ({@link Texts}), so its spaces are plain ones.
     */
    public static String personName(String written) {
        if (written == null) {
            return null;
        }
        String s = written.strip();
        if (hasDot(s)) {
            // 阿依古丽•买买提, 阿依古丽.买买提: the middle dot of a name typed as another dot
            s = DOT_IN_NAME.matcher(s).replaceAll(MIDDLE_DOT);
        }
        if (s.indexOf(' ') >= 0 && CJK_AND_SPACES.matcher(s).matches()) {
            return s.replaceAll("\\s+", "");
        }
        return s;
    }

    /** The middle dot between the parts of a name (阿依古丽·买买提), as the roster keeps it. */
    public static final String MIDDLE_DOT = "·";
    /** Dots typed for the middle dot between Chinese characters: • ・ ･ . ． ‧ ∙ ⋅ ·, and the middle dot with spaces. */
    private static final Pattern DOT_IN_NAME = Pattern.compile("(?<=\\p{IsHan})\\s*[•・･.．‧∙⋅·\u0387\u2024]\\s*(?=\\p{IsHan})");

    /** Whether {@code s} holds one of the dots {@link #DOT_IN_NAME} reads (no pattern run on every row's name). */
    private static boolean hasDot(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '•', '・', '･', '.', '．', '‧', '∙', '⋅', '·', '\u0387', '\u2024':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * An 11-digit number beginning with 1, as {@link #MOBILE_PHONE} says, without running the pattern on every row's
     * phone (issue 21); false does not mean it is not one.
     */
    private static boolean isMobile(String phone) {
        if (phone.length() != 11 || phone.charAt(0) != '1') {
            return false;
        }
        for (int i = 1; i < 11; i++) {
            if (phone.charAt(i) < '0' || phone.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static String label(Gender g) {
        return g == null ? null : g == Gender.MALE ? MALE : FEMALE;
    }

    public static String label(MemberStatus s) {
        return s == null ? null : s == MemberStatus.FULL ? FULL : PROBATIONARY;
    }

    public static String label(MemberCategory c) {
        return c == null ? null : switch (c) {
            case ACTIVE -> ACTIVE;
            case RETIRED -> RETIRED;
            case MOBILE -> MOBILE;
        };
    }
}
