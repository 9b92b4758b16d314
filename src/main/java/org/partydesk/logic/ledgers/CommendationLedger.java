package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.logic.ledgers.CommendationEntry.RecipientName;
import org.partydesk.logic.Terms;
import org.partydesk.logic.ledgers.LedgerColumn.Kind;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;

/**
 * The commendations ledger (评先创优台账): its columns, aliases and notes, and the validation of one row
 * into a {@link CommendationEntry}. One row holds one honour and one or more recipients (获奖对象, names
 * separated by 、 or ，); rows with the same 荣誉名称, 授予时间 and 文号 are one commendation. Pure.
 */
public final class CommendationLedger {
    public static final String SEQ = "seq";
    public static final String TITLE = "title";
    public static final String LEVEL = "level";
    public static final String RECIPIENTS = "recipients";
    public static final String RECIPIENT_KIND = "recipientKind";
    public static final String AWARDED_BY = "awardedBy";
    public static final String AWARDED_ON = "awardedOn";
    public static final String PERIOD = "period";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String NOTES = "notes";
    /** 获表彰党支部名称, 获奖集体 (read only): collective recipients in their own column. */
    public static final String COLLECTIVE_RECIPIENTS = "collectiveRecipients";
    /** 所在党支部 (read only): the branch of the person beside it, to tell members of the same name apart. */
    public static final String RECIPIENT_BRANCH = "recipientBranch";

    public static final String SHEET_NAME = "评先创优";
    public static final String SHEET_TITLE = "评先创优台账";

    /** The opening lines of the 填表说明 sheet of this ledger's templates and exports. */
    public static final List<String> GUIDE = List.of(
            "第1行为标题，第2行为表头；从第3行起每行一个获奖对象，也可在一格中用“、”列出多人。列的顺序可以调整，列名可用常见写法（如“荣誉称号”“获奖人”）。",
            "荣誉名称、授予时间、文号相同的行是同一次表彰；再次导入只补充缺少的获奖对象，不会重复。",
            "个人写党员姓名，同名党员写作“张伟（第一党支部）”；集体写党组织或处室的名称，库中没有的记为外部集体。",
            "级别写 国家级、省级、市级 或 局级。授予时间可写成 2025-06-28、2025年6月28日 或 20250628，只知年月时写 2025年6月。",
            "表格最后可以有一行以“注：”或“说明”开头的备注，导入时忽略。");

    public static final String NATIONAL = "国家级";
    public static final String PROVINCIAL = "省级";
    public static final String MUNICIPAL = "市级";
    public static final String BUREAU = "局级";
    public static final String INDIVIDUAL = "个人";
    public static final String COLLECTIVE = "集体";

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／\\n]+");
    private static final Pattern QUALIFIED = Pattern.compile("(.+?)[（(]([^（()）]+)[)）]");
    private static final Pattern TWO_MONTHS = Pattern.compile("(?:(\\d{4})年?)?(\\d{1,2})月?[-—~～至到](\\d{1,2})月(?:份)?");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年?)?(?:第)?([1-4一二三四])季度|(\\d{4})年?(?:第)?([1-4一二三四])季|(\\d{4})[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:年度?)?");
    /** 2024-2025年度, 2024—2025年: an honour of a span of years (先进基层党组织 of two years). */
    private static final Pattern YEARS = Pattern.compile("(\\d{4})年?(?:度)?[-—–~～至到](\\d{4})(?:年度?)?");
    /** 11月, 11月份: a month whose year the title or the 授予时间 gives. */
    private static final Pattern MONTH_ALONE = Pattern.compile("(\\d{1,2})月(?:份)?");

    public static final HeaderAliases COLUMNS = new HeaderAliases(List.of(
            col(SEQ, "序号", List.of("编号"), Kind.IGNORED, List.of(), "可不填，导入时忽略", 6),
            col(TITLE, "荣誉名称", List.of("荣誉称号", "表彰名称", "奖项名称", "获奖名称", "荣誉", "奖项", "获奖项目",
                    "获得奖项", "获得荣誉", "表彰项目", "荣誉项目"), Kind.TEXT, List.of(),
                    "必填，如 月度作风标兵、优秀共产党员、红旗党支部；库中没有的名称导入时加入荣誉名称列表", 16),
            col(LEVEL, "级别", List.of("荣誉级别", "表彰级别", "获奖级别"), Kind.CHOICE,
                    List.of(NATIONAL, PROVINCIAL, MUNICIPAL, BUREAU), "国家级、省级、市级 或 局级；不填按荣誉名称的默认级别", 8),
            col(RECIPIENTS, "获奖对象", List.of("获奖者", "获奖人", "获奖单位", "表彰对象", "受表彰对象", "姓名", "获奖人员",
                    "获表彰党员姓名", "获奖党员姓名", "获表彰个人", "获奖个人", "受表彰党员", "获表彰人员", "获奖人姓名",
                    "获奖对象个人", "表彰对象个人", "获奖对象姓名", "获得者", "获得者姓名", "获奖者姓名", "获得人", "获奖个人或集体",
                    "获奖单位或个人", "获奖集体或个人", "获奖人或单位"),
                    Kind.TEXT, List.of(),
                    "必填；个人填党员姓名，集体填党支部、处室或其他单位名称；多个对象用“、”隔开；同名党员写作 张伟（第一党支部）", 24),
            col(RECIPIENT_KIND, "对象类型", List.of("获奖类型", "个人/集体", "类型", "表彰类型"), Kind.CHOICE,
                    List.of(INDIVIDUAL, COLLECTIVE), "个人 或 集体；不填时按姓名在党员中查找，找不到按集体", 8),
            col(AWARDED_BY, "授予单位", List.of("表彰单位", "颁发单位", "发文单位", "授予机关", "颁奖单位"), Kind.TEXT, List.of(),
                    "如 市直机关工委、省生态环境厅", 16),
            col(AWARDED_ON, "授予时间", List.of("获奖时间", "表彰时间", "授予日期", "获奖日期", "颁发时间", "表彰日期",
                    "获奖年月", "表彰年月", "授予年月", "发文日期", "发文时间", "时间", "日期", "获得时间", "获评时间"), Kind.DATE,
                    List.of(), "必填，如 2025-03-28；只知年月可写 2025年3月（按当月1日记录）；不填时按评选期的最后一天记录", 12),
            col(PERIOD, "评选期", List.of("评选周期", "所属期间", "评选期间", "年度", "评选年度", "所属年度", "表彰年度",
                    "评选月份", "所属月份", "月份", "评比月份", "评选季度", "所属季度"), Kind.TEXT, List.of(),
                    "荣誉所属的月、双月、季度或年度，如 2025年3月、2025年3-4月、2025年第1季度、2025年度、2024-2025年度；标题写明年份的可只写 3月", 14),
            col(DOCUMENT_NUMBER, "文号", List.of("表彰文号", "发文字号", "文件文号", "文件号"), Kind.TEXT, List.of(),
                    "如 示环党〔2025〕3号；同一荣誉名称、授予时间和文号的各行为同一次表彰", 20),
            col(NOTES, "备注", List.of("说明"), Kind.TEXT, List.of(), "", 16)),
            List.of(col(COLLECTIVE_RECIPIENTS, "获表彰党支部名称", List.of("获奖集体", "获表彰集体", "获奖党支部",
                    "获表彰党组织", "获表彰集体名称", "获奖单位名称", "获表彰单位", "获奖对象集体", "表彰对象集体", "党组织名称",
                    "获奖党组织名称", "获表彰党组织名称"), Kind.TEXT, List.of(),
                    "集体获奖对象；与获奖对象（获表彰党员姓名）分列时，每行填其中一列", 20),
                    col(RECIPIENT_BRANCH, "所在党支部", List.of("所在支部", "所属党支部", "所属支部", "所在党组织"),
                            Kind.TEXT, List.of(), "个人获奖对象所在的党支部；库中有同名党员时据此区分", 16)))
            // a ledger of 月度作风标兵 by month: the 评选期 gives the day
            .standIn(AWARDED_ON, PERIOD);

    /** Keys without which a commendations ledger cannot be imported. */
    public static final List<String> REQUIRED = List.of(TITLE, AWARDED_ON);

    private CommendationLedger() {
    }

    private static LedgerColumn col(String key, String header, List<String> aliases, Kind kind, List<String> choices,
                                    String note, int width) {
        return new LedgerColumn(key, header, aliases, kind, choices, note, width);
    }

    /** Validates one row (cells by column key) against {@code today}. */
    public static RowCheck<CommendationEntry> validate(Map<String, LedgerCell> row, LocalDate today) {
        return validate(row, today, null);
    }

    /**
     * Validates one row as {@link #validate(Map, LocalDate)}; {@code defaultYear} (the year of the sheet's title,
     * {@link LedgerDates#yearInTitle}; null: unknown) completes a 授予时间 written without a year (6月28日).
     */
    public static RowCheck<CommendationEntry> validate(Map<String, LedgerCell> row, LocalDate today, Integer defaultYear) {
        List<CellProblem> problems = new ArrayList<>();
        String title = unquoted(LedgerCell.tidy(row.get(TITLE)));
        if (title == null) {
            problems.add(CellProblem.error(TITLE, "荣誉名称为空"));
        }
        CommendationLevel level = null;
        String levelText = LedgerCell.tidy(row.get(LEVEL));
        if (levelText != null) {
            level = level(levelText);
            if (level == null && DISTRICT.matcher(Texts.compact(levelText)).matches()) {
                // a district's or county's honour: below the city's, kept with the bureau's own
                level = CommendationLevel.BUREAU;
                problems.add(CellProblem.warning(LEVEL, "“" + levelText + "”按局级记录（级别分 国家级、省级、市级、局级 四级，"
                        + "区县级的表彰记在局级）"));
            } else if (level == null) {
                problems.add(CellProblem.error(LEVEL, "级别“" + levelText + "”应为 国家级、省级、市级 或 局级"));
            }
        }
        Boolean collective = null;
        String kindText = LedgerCell.tidy(row.get(RECIPIENT_KIND));
        if (kindText != null) {
            collective = switch (Texts.compact(kindText)) {
                case INDIVIDUAL, "个人奖", "党员" -> false;
                case COLLECTIVE, "集体奖", "单位", "组织" -> true;
                default -> {
                    problems.add(CellProblem.error(RECIPIENT_KIND, "对象类型“" + kindText + "”应为 个人 或 集体"));
                    yield null;
                }
            };
        }
        List<RecipientName> recipients = recipients(row.get(RECIPIENTS));
        List<RecipientName> collectives = recipients(row.get(COLLECTIVE_RECIPIENTS));
        String recipientsKey = RECIPIENTS;
        if (!collectives.isEmpty()) {
            if (!recipients.isEmpty()) {
                problems.add(CellProblem.error(COLLECTIVE_RECIPIENTS, "同一行既写了获奖个人又写了获奖集体，请分成两行（个人一行、集体一行）"));
            } else if (Boolean.FALSE.equals(collective)) {
                problems.add(CellProblem.error(RECIPIENT_KIND, "对象类型为个人，但获奖对象写在集体一列"));
            } else {
                recipients = collectives;
                collective = true;
                recipientsKey = COLLECTIVE_RECIPIENTS;
            }
        }
        if (recipients.isEmpty() && collectives.isEmpty()) {
            problems.add(CellProblem.error(RECIPIENTS, row.containsKey(COLLECTIVE_RECIPIENTS) ? "获奖对象为空（个人、集体两列都没有填写）"
                    : "获奖对象为空"));
        }
        LocalDate awardedOn = null;
        boolean awardedBlank = false;
        try {
            LedgerDates.ParsedDate on = LedgerDates.parse(row.get(AWARDED_ON), defaultYear);
            if (on == null) {
                awardedBlank = true;
            } else {
                awardedOn = on.date();
                if (awardedOn.isAfter(today)) {
                    problems.add(CellProblem.error(AWARDED_ON, "授予时间晚于今天"));
                } else if (on.monthOnly()) {
                    problems.add(CellProblem.warning(AWARDED_ON, "只填写了年月，按当月1日记录"));
                }
                if (on.note() != null) {
                    problems.add(CellProblem.warning(AWARDED_ON, on.note()));
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(CellProblem.error(AWARDED_ON, e.getMessage()));
        }
        Period period = null;
        String periodText = LedgerCell.tidy(row.get(PERIOD));
        if (periodText != null) {
            try {
                period = period(periodText, defaultYear != null ? YearMonth.of(defaultYear, 12)
                        : awardedOn != null ? YearMonth.from(awardedOn) : null);
            } catch (IllegalArgumentException e) {
                problems.add(CellProblem.error(PERIOD, e.getMessage()));
            }
        }
        if (awardedBlank && period != null) {
            // 评选期 without 授予时间: the honour is taken as given at the end of its period
            awardedOn = period.end().isAfter(today) ? today : period.end();
            problems.add(CellProblem.warning(row.containsKey(AWARDED_ON) ? AWARDED_ON : PERIOD,
                    "没有授予时间，按评选期“" + periodText + "”的" + (awardedOn.equals(period.end()) ? "最后一天" : "今天")
                            + "（" + awardedOn + "）记录"));
        } else if (awardedBlank && periodText == null) {
            problems.add(CellProblem.error(AWARDED_ON, "授予时间为空"));
        }
        CommendationEntry entry = new CommendationEntry(title, level, recipients, collective,
                LedgerCell.tidy(row.get(AWARDED_BY)), awardedOn, period == null ? null : period.kind(),
                period == null ? null : period.start(), period == null ? null : period.end(),
                documentNumber(LedgerCell.tidy(row.get(DOCUMENT_NUMBER))), LedgerCell.tidy(row.get(NOTES)), recipientsKey,
                LedgerCell.tidy(row.get(RECIPIENT_BRANCH)));
        return RowCheck.of(entry, problems);
    }

    /** A period in a title: 2025年11月, 2025年3-4月, 2025年第三季度, 2025年度, 2024-2025年度. */
    private static final Pattern TITLE_PERIOD = Pattern.compile(
            "((?:19|20)\\d{2})年?(?:度)?[-—–~～至到]((?:19|20)\\d{2})年度?|((?:19|20)\\d{2})年(?:度|第?[1-4一二三四]季度|\\d{1,2}(?:[-—~～至到]\\d{1,2})?月份?)?");
    /** How the names of honours end: 作风标兵, 党员先锋岗, 优秀共产党员, 优秀党务工作者, 先进基层党组织, 岗位能手 …. */
    private static final Pattern HONOUR_ENDING = Pattern.compile(
            "(标兵|岗|党员|工作者|个人|集体|支部|党组织|模范|能手|之星|单位|家庭|人物|青年|标杆|奖|示范点|品牌)$");
    /** How the names of honours given to persons end: 优秀共产党员, 先进个人, 作风标兵, 优秀党务工作者, 岗位能手 …. */
    private static final Pattern INDIVIDUAL_HONOUR = Pattern.compile("(党员|个人|标兵|工作者|能手|之星|人物|模范)$");
    /** A person's name: two to four Chinese characters, or Chinese names joined by the middle dot (阿依古丽·买买提). */
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}+(·\\p{IsHan}+)+");
    /** How the names of organisations end: 第一党支部, 办公室, 法规处, 监测站, 执法队, 信息中心 …. */
    private static final Pattern ORGANISATION_ENDING = Pattern.compile(
            "(支部|总支|党委|党组|委员会|公司|中心|处|科|室|局|站|所|队|组|院|部|厅|办|会|团|社|校|馆|厂|场|岗|号|班|股|司|委|署|台|店|家庭|集体|单位)$");

    /**
     * Whether a 获奖对象 written without its 对象类型 reads as a person's name, not a collective's: two to four Chinese
     * characters or names joined by the middle dot, not ending as an organisation's name does (办公室, 监测站).
     */
    public static boolean looksLikePerson(String name) {
        return name != null && PERSON_NAME.matcher(name).matches() && !ORGANISATION_ENDING.matcher(name).find();
    }

    /** Whether an honour not in the list of 荣誉名称 reads as one given to persons (优秀共产党员, 先进个人, 作风标兵). */
    public static boolean individualHonour(String title) {
        return title != null && INDIVIDUAL_HONOUR.matcher(Texts.compact(title)).find();
    }

    /** Words around an honour's name in a title: 关于表彰 … 的决定, … 名单, … 评选结果. */
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "^(关于)?(表彰|评选|推荐|获得|授予)?|(的)?(评选|评比|推荐|表彰)?(决定|通报|名单|台账|汇总表|统计表|一览表|登记表|评选结果|推荐名单|获奖名单|表彰名单|人员名单|表)+$");

    /**
     * The honour and 评选期 a title names (“2025年11月月度作风标兵名单”, “市生态环境局2025年度优秀共产党员名单”), for a sheet
     * without a 荣誉名称 column: the words after the period (else before it) without 名单, 台账, 关于表彰 … 的决定 and the
     * like, and the period as written. Nothing when the title names several honours (和, 及, 、), words of a whole ledger
     * (评先创优, 表彰情况统计表, 荣誉) or nothing that ends as honours do ({@link #HONOUR_ENDING}).
     */
    public static Map<String, String> fromTitle(String title) {
        String t = LedgerDates.toArabic(Texts.compact(title == null ? "" : title));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = TITLE_PERIOD.matcher(t);
        String name = t;
        if (m.find()) {
            out.put(PERIOD, m.group());
            String after = t.substring(m.end()).replaceAll("^[)）]", "");
            String before = t.substring(0, m.start()).replaceAll("[(（]$", "");
            name = TITLE_WORDS.matcher(after).replaceAll("").isEmpty() ? before : after;
        }
        name = TITLE_WORDS.matcher(name).replaceAll("").replaceAll("^[“\"「《]|[”\"」》]$", "");
        if (name.length() < 3 || name.length() > 20 || !HONOUR_ENDING.matcher(name).find()
                || name.matches(".*(和|及|与|、|评先创优|情况|统计|汇总|一览|名册|荣誉|台账|先进典型).*")) {
            return Map.of();
        }
        out.put(TITLE, name);
        return out;
    }

    /** 区级, 县级, 区县级, 区委, 县政府 …: the level of a district's or county's honour. */
    private static final Pattern DISTRICT = Pattern.compile("(区|县|区县|县区|区[（(]县[）)]|县[（(]市、?区[）)]|县市区)(级|委|政府|委员会)?(表彰|级别)?");

    /** Quotation marks around a whole honour name (“优秀共产党员”, "先进个人", 《…》) left out: the same honour as without. */
    static String unquoted(String title) {
        if (title == null || title.length() < 3) {
            return title;
        }
        String pairs = "“”\"\"‘’''「」『』《》";
        for (int i = 0; i < pairs.length(); i += 2) {
            if (title.charAt(0) == pairs.charAt(i) && title.charAt(title.length() - 1) == pairs.charAt(i + 1)) {
                String inner = title.substring(1, title.length() - 1).strip();
                return inner.isEmpty() ? title : inner;
            }
        }
        return title;
    }

    /** 文号 with the brackets clerks type for 〔〕 made the same: 示环党[2025]3号 → 示环党〔2025〕3号. */
    static String documentNumber(String s) {
        if (s == null) {
            return null;
        }
        return s.replaceAll("\\s+", "").replaceAll("[\\[［【]", "〔").replaceAll("[\\]］】]", "〕");
    }

    /**
     * The names in a 获奖对象 cell, in order, without repeats: split where the clerk wrote 、 , ； / or began a new line in
     * the cell (Alt+Enter), before the line breaks become spaces and a space inside a name ("张 三") is dropped.
     */
    static List<RecipientName> recipients(LedgerCell cell) {
        return cell == null || cell.isEmptyValue() ? new ArrayList<>() : recipients(cell.text().replace('\r', '\n'));
    }

    /** The names in a 获奖对象 text, in order, without repeats. */
    static List<RecipientName> recipients(String cell) {
        List<RecipientName> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(cell)) {
            String[] words = part.strip().split("\\s+");
            // 郑华 黄磊: two names a space apart (each of two characters or more); 王  伟 is one name padded
            if (words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> w.codePointCount(0, w.length()) >= 2
                    && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))) {
                parts.addAll(java.util.Arrays.asList(words));
            } else {
                parts.add(part);
            }
        }
        for (String part : parts) {
            String s = Texts.tidy(part);
            if (s.isEmpty()) {
                continue;
            }
            String qualifier = null;
            Matcher m = QUALIFIED.matcher(s);
            if (m.matches()) {
                s = m.group(1).strip();
                qualifier = m.group(2).strip();
            }
            RecipientName name = new RecipientName(MemberLedger.personName(s), qualifier);
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The level a 级别 cell names (table {@link LedgerValues#COMMENDATION_LEVEL}, coded values too), or null. */
    public static CommendationLevel level(String text) {
        // 市级（市直机关工委）: the level before a note in brackets
        String bare = text == null ? null : text.replaceFirst("\\s*[（(][^）)]*[）)]\\s*$", "");
        return LedgerValues.lookup(LedgerValues.COMMENDATION_LEVEL, text)
                .or(() -> bare == null || bare.isEmpty() ? java.util.Optional.empty() : LedgerValues.lookup(LedgerValues.COMMENDATION_LEVEL, bare))
                .map(CommendationLevel::valueOf).orElse(null);
    }

    public static String label(CommendationLevel level) {
        return level == null ? null : Terms.label(level);
    }

    /** A 评选期: kind and first and last day. */
    public record Period(PeriodKind kind, LocalDate start, LocalDate end) {
    }

    /**
     * Reads a 评选期: 2025年3月 (a month), 2025年3-4月 (two months), 2025年第1季度, 2025年度, 2024-2025年度 (years); throws
     * {@link IllegalArgumentException} with a Chinese reason otherwise.
     */
    public static Period period(String raw) {
        return period(raw, null);
    }

    /**
     * {@link #period(String)}, where a 评选期 without a year (11月, 3-4月, 第一季度) takes its year from {@code known}, the
     * month the sheet's title or the honour's 授予时间 names: that month's year, or the year before for a later month
     * (12月 given in January); null: such a 评选期 is refused.
     */
    public static Period period(String raw, YearMonth known) {
        String s = LedgerDates.toArabic(Texts.compact(raw));
        Matcher m;
        if ((m = YEARS.matcher(s)).matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (from < LedgerDates.MIN_YEAR || to > LedgerDates.MAX_YEAR || to <= from || to - from > 4) {
                throw new IllegalArgumentException("评选期“" + raw + "”的年份不合理，跨年度的请写成 2024-2025年度");
            }
            return new Period(PeriodKind.YEAR, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        }
        if ((m = MONTH_ALONE.matcher(s)).matches()) {
            YearMonth month = yearMonth(raw, yearFor(raw, known, Integer.parseInt(m.group(1))), m.group(1));
            return new Period(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
        }
        if ((m = TWO_MONTHS.matcher(s)).matches()) {
            String year = m.group(1) != null ? m.group(1) : yearFor(raw, known, Integer.parseInt(m.group(3)));
            YearMonth first = yearMonth(raw, year, m.group(2));
            YearMonth second = yearMonth(raw, year, m.group(3));
            if (!second.equals(first.plusMonths(1))) {
                throw new IllegalArgumentException("评选期“" + raw + "”的两个月份应相邻，如 2025年3-4月");
            }
            return new Period(PeriodKind.TWO_MONTHS, first.atDay(1), second.atEndOfMonth());
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            String q = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
            String y = m.group(2) != null ? m.group(1) : m.group(4) != null ? m.group(3) : m.group(5);
            int quarterNumber = "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
            int year = Integer.parseInt(y != null ? y : yearFor(raw, known, 3 * quarterNumber - 2));
            int quarter = "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
            YearMonth first = YearMonth.of(year, 3 * quarter - 2);
            return new Period(PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if ((m = YEAR.matcher(s)).matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year < LedgerDates.MIN_YEAR || year > LedgerDates.MAX_YEAR) {
                throw new IllegalArgumentException("评选期“" + raw + "”的年份不合理");
            }
            return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        LedgerDates.ParsedDate month;
        try {
            month = LedgerDates.parse(raw);
        } catch (IllegalArgumentException e) {
            month = null;
        }
        if (month == null || !month.monthOnly()) {
            throw new IllegalArgumentException("无法识别的评选期“" + raw + "”，请写成 2025年3月、2025年3-4月、2025年第1季度 或 2025年度");
        }
        return new Period(PeriodKind.MONTH, month.date(), month.yearMonth().atEndOfMonth());
    }

    /** The year of a month written without one, from {@code known}; refused when nothing gives it. */
    private static String yearFor(String raw, YearMonth known, int month) {
        if (known == null) {
            throw new IllegalArgumentException("评选期“" + raw + "”没有写年份，请写成 2025年" + raw + "，或在标题或授予时间中写明年份");
        }
        return String.valueOf(month > known.getMonthValue() ? known.getYear() - 1 : known.getYear());
    }

    private static YearMonth yearMonth(String raw, String y, String m) {
        int month = Integer.parseInt(m);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("评选期“" + raw + "”的月份应在1到12之间");
        }
        return YearMonth.of(Integer.parseInt(y), month);
    }

    /** The 评选期 as the ledger writes it, or null when the commendation has none or an unusual one. */
    public static String periodText(PeriodKind kind, LocalDate start, LocalDate end) {
        if (kind == null || start == null || end == null) {
            return null;
        }
        String text = switch (kind) {
            case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
            case TWO_MONTHS -> start.getYear() + "年" + start.getMonthValue() + "-" + end.getMonthValue() + "月";
            case QUARTER -> start.getYear() + "年第" + ((start.getMonthValue() + 2) / 3) + "季度";
            case YEAR -> start.getYear() == end.getYear() ? start.getYear() + "年度" : start.getYear() + "-" + end.getYear() + "年度";
        };
        Period back = period(text);
        return back.equals(new Period(kind, start, end)) ? text : null;
    }
}
