package org.partydesk.model;

import java.time.LocalDate;

/** A node of the organisation tree (组织). {@code parentId} is null for the roots. */
public record OrgUnit(Integer id, Integer parentId, OrgKind kind, String name, Integer departmentId,
                      boolean temporary, LocalDate establishedOn, LocalDate endedOn, int sortOrder) {

    /**
     * The order of units everywhere they are listed: by sort order, then by name with its numbers read as numbers
     * (机关第一、第二、第三、第十一党支部, not 第一、第三、第二 as the characters sort), then by id.
     */
    public static final java.util.Comparator<OrgUnit> ORDER = java.util.Comparator.comparingInt(OrgUnit::sortOrder)
            .thenComparing(u -> numbered(u.name())).thenComparing(OrgUnit::id, java.util.Comparator.nullsLast(Integer::compare));

    /**
     * {@code name} with each number in it (一 … 九十九, or digits) written as six digits: for sorting, and to tell that
     * 第1党小组 and 第一党小组 are the same.
     */
    public static String numbered(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            int j = i;
            while (j < name.length() && (Character.isDigit(name.charAt(j)) || "零〇一二三四五六七八九十".indexOf(name.charAt(j)) >= 0)) {
                j++;
            }
            if (j == i) {
                out.append(name.charAt(i++));
                continue;
            }
            int value = value(name.substring(i, j));
            out.append(value < 0 ? name.substring(i, j) : String.format("%06d", value));
            i = j;
        }
        return out.toString();
    }

    /** 十一 → 11, 二十 → 20, 12 → 12; -1 for anything else. */
    private static int value(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return n.length() > 6 ? -1 : Integer.parseInt(n);
        }
        String digits = "零一二三四五六七八九";
        int ten = n.indexOf('十');
        if (ten < 0) {
            return n.length() == 1 ? Math.max(digits.indexOf(n.charAt(0)), "〇".equals(n) ? 0 : -1) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digits.indexOf(n.charAt(0)) : -1;
        int ones = ten == n.length() - 1 ? 0 : ten == n.length() - 2 ? digits.indexOf(n.charAt(n.length() - 1)) : -1;
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    /** Whether the unit exists on {@code day}: established (if known) and not yet ended. */
    public boolean activeOn(LocalDate day) {
        return (establishedOn == null || !establishedOn.isAfter(day)) && (endedOn == null || endedOn.isAfter(day));
    }
}
