package org.partydesk.logic;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partydesk.model.OrgUnit;

/**
 * How a party organisation is written where its name alone may not tell which one it is (ledgers, reports,
 * statistics, command options): its own name, or, when another organisation has the same name (two
 * 综合党支部 in one bureau), "名称（上级名称）" with full-width brackets. Reading also accepts half-width
 * brackets and the older "上级/名称". Pure: callers pass all the organisations they know.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** A written name split into the unit's own name and, when qualified, its parent's name (else null). */
    public record Written(String name, String parent) {
    }

    /** The name to write for {@code unit}: its own, or "名称（上级名称）" when another of {@code all} shares it. */
    public static String qualified(OrgUnit unit, Collection<OrgUnit> all) {
        return qualifiedAll(all).getOrDefault(unit.id(), unit.name());
    }

    /** {@link #qualified} for every unit of {@code all}, by id. */
    public static Map<Integer, String> qualifiedAll(Collection<OrgUnit> all) {
        Map<String, Long> uses = all.stream().collect(Collectors.groupingBy(OrgUnit::name, Collectors.counting()));
        Map<Integer, OrgUnit> byId = all.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a));
        Map<Integer, String> out = new HashMap<>();
        for (OrgUnit u : all) {
            OrgUnit parent = u.parentId() == null ? null : byId.get(u.parentId());
            out.put(u.id(), uses.get(u.name()) > 1 && parent != null ? u.name() + "（" + parent.name() + "）" : u.name());
        }
        return out;
    }

    /**
     * Splits a written name: "名称（上级）" or "名称(上级)" (the last bracket pair, at the end) or "上级/名称";
     * anything else is a plain name. Blanks around the parts are dropped.
     */
    public static Written parse(String written) {
        String s = written == null ? "" : written.strip();
        if (s.endsWith("）") || s.endsWith(")")) {
            int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
            if (open > 0 && open < s.length() - 2) {
                return new Written(s.substring(0, open).strip(), s.substring(open + 1, s.length() - 1).strip());
            }
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('／'));
        if (slash > 0 && slash < s.length() - 1) {
            return new Written(s.substring(slash + 1).strip(), s.substring(0, slash).strip());
        }
        return new Written(s, null);
    }

    /**
     * The units of {@code all} a written name stands for: those with exactly that name (a name may itself
     * contain brackets), else those with the parsed name under a parent of the parsed parent name. More than
     * one means the name is ambiguous ({@link #ambiguous}); none, that it names no known unit.
     */
    public static List<OrgUnit> resolve(String written, Collection<OrgUnit> all) {
        String s = written == null ? "" : written.strip();
        List<OrgUnit> exact = all.stream().filter(u -> u.name().equals(s)).toList();
        Written w = parse(s);
        if (!exact.isEmpty() || w.parent() == null) {
            return exact;
        }
        Map<Integer, OrgUnit> byId = all.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a));
        return all.stream().filter(u -> u.name().equals(w.name()) && u.parentId() != null
                && byId.containsKey(u.parentId()) && byId.get(u.parentId()).name().equals(w.parent())).toList();
    }

    /** The words a branch's name ends with that say what kind of unit it is. */
    private static final java.util.regex.Pattern UNIT_WORD = java.util.regex.Pattern.compile(".*(支部|总支|党委|党组|委员会|党小组)");
    private static final String NUMERALS = "一二三四五六七八九十百零〇两0123456789";

    /**
     * A unit's name reduced to what tells it apart, for {@link #variants}: half-width without spaces, without a
     * leading 中共 or 中国共产党, 党支部 as 支部 and 党总支(部) as 总支, 第一 as 一, and Arabic numbers as Chinese ones
     * (第1党支部 → 一支部).
     */
    static String core(String name) {
        String s = org.partydesk.logic.ledgers.Texts.compact(name == null ? "" : name);
        s = s.replaceFirst("^(中国共产党|中共)", "");
        // 机关第二党支部委员会: the committee's formal name is the branch's
        s = s.replaceFirst("(党支部|支部|党总支|总支)委员会$", "$1");
        s = s.replace("党总支部", "总支").replace("党总支", "总支").replace("总支部", "总支").replace("党支部", "支部");
        s = s.replaceAll("第(?=[" + NUMERALS + "])", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{1,2}").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, chinese(Integer.parseInt(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** 1–99 in Chinese numerals as a name writes them: 1 一, 10 十, 12 十二, 21 二十一. */
    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    /**
     * The units of {@code all} a name no unit bears exactly may still mean, written fuller or shorter than stored:
     * "中共某市生态环境局机关第一党支部" or "第一党支部" or "一支部" for 机关第一党支部. Two names are variants when, reduced
     * by {@link #core}, they are equal, or one ends with the other, the shorter names a unit (…支部, …总支, …党委 …) in
     * three characters or more, the character before it in the longer is no numeral (十一支部 is not 一支部), and a
     * written name longer than the stored one is longer only by the bureau's name ({@link #variant}). When no unit is
     * such a variant, the units the name shortens by leaving characters out ({@link #shortened}: 退休支部 for
     * 离退休干部党支部). The caller takes the one unit found, says so, and treats several as a name to be written in full.
     */
    public static List<OrgUnit> variants(String written, Collection<OrgUnit> all) {
        String w = core(written);
        if (w.isEmpty()) {
            return List.of();
        }
        List<OrgUnit> found = all.stream().filter(u -> variant(w, core(u.name()))).toList();
        return found.isEmpty() ? all.stream().filter(u -> shortened(w, core(u.name()))).toList() : found;
    }

    /**
     * Whether the written core {@code w} is the stored core {@code u} with characters left out, as clerks shorten a
     * long name (退休支部 for 离退休干部党支部, 规划支部 for 规划服务中心党支部): four characters or more, every one of them in
     * {@code u} in the same order, both ending in the same unit word, and the same numbers in both (一支部 is never
     * 十一支部, 二支部 never 机关十二支部). Only asked when no unit is a {@link #variant}.
     */
    private static boolean shortened(String w, String u) {
        java.util.regex.Matcher wm = UNIT_WORD.matcher(w);
        java.util.regex.Matcher um = UNIT_WORD.matcher(u);
        return w.length() >= 4 && w.length() < u.length() && wm.matches() && um.matches()
                && wm.group(1).equals(um.group(1)) && inOrder(w, u) && numbers(w).equals(numbers(u));
    }

    private static final java.util.regex.Pattern NUMERAL_RUN = java.util.regex.Pattern.compile("[" + NUMERALS + "]+");

    /** The runs of numerals in a core name, in order (机关十二支部: [十二]). */
    private static List<String> numbers(String core) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = NUMERAL_RUN.matcher(core);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Whether the written core {@code w} names the stored core {@code u}: the same; or shorter (一支部 for 机关一支部); or
     * longer by the bureau's own name in front (示例市生态环境局机关一支部 for 机关一支部 or 一支部), never by another
     * unit's (新建第1党支部 and 监测站第一党支部 are not 第一党支部).
     */
    private static boolean variant(String w, String u) {
        if (w.equals(u)) {
            return true;
        }
        String longer = w.length() > u.length() ? w : u;
        String shorter = longer == w ? u : w;
        if (shorter.length() < 3 || !longer.endsWith(shorter) || !UNIT_WORD.matcher(shorter).matches()
                || NUMERALS.indexOf(longer.charAt(longer.length() - shorter.length() - 1)) >= 0) {
            return false;
        }
        return longer == u || BUREAU_PREFIX.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }

    /**
     * What a full name puts before a branch's own: the bureau (某市生态环境局), perhaps with 机关 after it, or 机关 alone
     * (机关第二党支部 for a 二支部 stored as a roster wrote it).
     */
    private static final java.util.regex.Pattern BUREAU_PREFIX = java.util.regex.Pattern.compile(".+(局|厅|委员会)(机关)?|机关");

    /** The warning for a name read as the unit {@code unit} by {@link #variants}. */
    public static String readAs(String written, OrgUnit unit, Collection<OrgUnit> all) {
        return "“" + written.strip() + "”按库中的“" + qualified(unit, all) + "”记录（名称写法不同）";
    }

    /** The message for a name {@link #variants} found several units for. */
    public static String severalVariants(String written, List<OrgUnit> found, Collection<OrgUnit> all) {
        Map<Integer, String> names = qualifiedAll(all);
        return "库中没有名为“" + written.strip() + "”的党组织，与它相近的有"
                + found.stream().map(u -> "“" + names.getOrDefault(u.id(), u.name()) + "”").distinct().collect(Collectors.joining("、"))
                + "，请写出完整的名称";
    }

    /**
     * Whether {@code written} is meant as "名称（上级）" rather than as a new unit's name: it parses so and one
     * of {@code all} has the parsed parent name or the parsed name.
     */
    public static boolean isQualified(String written, Collection<OrgUnit> all) {
        Written w = parse(written);
        return w.parent() != null && all.stream().anyMatch(u -> u.name().equals(w.parent()) || u.name().equals(w.name()));
    }

    /**
     * The message for a written name {@link #resolve} found several units of {@code all} for ({@code found}):
     * "有2个名为“综合党支部”的党组织，请写作 综合党支部（上级党组织名称），如 综合党支部（机关党委）、……".
     */
    public static String ambiguous(String written, List<OrgUnit> found, Collection<OrgUnit> all) {
        String name = parse(written).name();
        Map<Integer, String> names = qualifiedAll(all);
        return "有" + found.size() + "个名为“" + name + "”的党组织，请写作 " + name + "（上级党组织名称），如 "
                + found.stream().map(u -> names.getOrDefault(u.id(), u.name())).distinct().collect(Collectors.joining("、"));
    }

    /** 各党支部, 各支部, 全体党支部, 所有基层党组织 …: every branch at once (with 书记 or 支委会 after it, their secretaries or committees). */
    private static final java.util.regex.Pattern EVERY_BRANCH =
            java.util.regex.Pattern.compile("(各|全体|所有|全部)(基层)?(党支部|支部|党组织)(书记|支部书记|支委会|支部委员会|委员会)?");

    /**
     * Whether a 责任主体 as written ({@code owner}: "各党支部", "机关党委、各支部", "全体党支部书记") names every branch, one of
     * its parts separated by 、，,；;/ or 和 being such a phrase.
     */
    public static boolean everyBranch(String owner) {
        if (owner == null) {
            return false;
        }
        for (String part : owner.split("[、，,；;/／\\s]+|和|及|与")) {
            if (EVERY_BRANCH.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} has every character of {@code written} (two at least), in the same order: 退休支部 in 退休干部党支部. */
    public static boolean inOrder(String written, String name) {
        if (written.length() < 2) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < written.length(); i++) {
            at = name.indexOf(written.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** The message for a qualified name ({@link #isQualified}) that {@link #resolve} found nothing for. */
    public static String notFound(String written) {
        Written w = parse(written);
        return "找不到党组织“" + Objects.requireNonNullElse(written, "").strip() + "”：上级党组织“" + w.parent()
                + "”下没有名为“" + w.name() + "”的党组织";
    }
}
