package org.partydesk.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of 元 in Chinese capital numerals as receipts write it (肆拾伍元整, 贰角整, 壹仟零伍元伍角). Pure. */
public final class ChineseAmounts {
    private static final String[] DIGITS = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String[] UNITS = {"仟", "佰", "拾", ""};

    private ChineseAmounts() {
    }

    /** {@code yuan} (0 to below 一亿, rounded to the 分) in capitals. */
    public static String upper(BigDecimal yuan) {
        long fen = yuan.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        if (fen < 0 || fen >= 10_000_000_000L) {
            throw new IllegalArgumentException("amount out of range: " + yuan);
        }
        long whole = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int f = (int) (fen % 10);
        StringBuilder b = new StringBuilder();
        if (whole > 0) {
            b.append(whole(whole)).append("元");
        }
        if (jiao == 0 && f == 0) {
            return whole == 0 ? "零元整" : b.append("整").toString();
        }
        if (jiao > 0) {
            b.append(DIGITS[jiao]).append("角");
        } else if (whole > 0) {
            b.append("零");
        }
        if (f > 0) {
            b.append(DIGITS[f]).append("分");
        } else {
            b.append("整");
        }
        return b.toString();
    }

    private static String whole(long n) {
        int high = (int) (n / 10_000);
        int low = (int) (n % 10_000);
        if (high == 0) {
            return section(low);
        }
        StringBuilder b = new StringBuilder(section(high)).append("万");
        if (low > 0) {
            if (low < 1000) {
                b.append("零");
            }
            b.append(section(low));
        }
        return b.toString();
    }

    /** 1 to 9999 with 仟佰拾, zeros inside written once (1005 → 壹仟零伍). */
    private static String section(int n) {
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        int[] d = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        for (int i = 0; i < 4; i++) {
            if (d[i] == 0) {
                zero = b.length() > 0;
            } else {
                if (zero) {
                    b.append("零");
                    zero = false;
                }
                b.append(DIGITS[d[i]]).append(UNITS[i]);
            }
        }
        return b.toString();
    }

    /** The capital (and common lower-case) numerals and their values. */
    private static final String NUMERALS = "零壹贰叁肆伍陆柒捌玖〇一二三四五六七八九两";

    private static int digit(char c) {
        int i = NUMERALS.indexOf(c);
        return i < 0 ? -1 : i < 10 ? i : i < 20 ? i - 10 : 2;
    }

    /**
     * An amount written in capitals as a receipt writes it, read back: 伍拾元, 肆拾伍元整, 壹佰零伍元伍角, 贰角整, 伍拾元伍角叁分
     * (圆 for 元, lower-case 五十元 and a leading 人民币 too); empty when the text is not such an amount.
     */
    public static java.util.Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String s = text.strip().replaceFirst("^(人民币|RMB)", "").replace('圆', '元').replaceFirst("[整正]$", "");
        if (s.isEmpty() || s.chars().noneMatch(c -> digit((char) c) >= 0)) {
            return java.util.Optional.empty();
        }
        long fen = 0;
        int yuan = s.indexOf('元');
        String rest = s;
        if (yuan >= 0) {
            long whole = integer(s.substring(0, yuan));
            if (whole < 0) {
                return java.util.Optional.empty();
            }
            fen = whole * 100;
            rest = s.substring(yuan + 1);
        }
        rest = rest.replaceFirst("^零", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:(.)角)?(?:(.)分)?").matcher(rest);
        if (!m.matches() || yuan < 0 && rest.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (int g = 1; g <= 2; g++) {
            if (m.group(g) != null) {
                int d = digit(m.group(g).charAt(0));
                if (d < 0) {
                    return java.util.Optional.empty();
                }
                fen += g == 1 ? d * 10L : d;
            }
        }
        return java.util.Optional.of(BigDecimal.valueOf(fen).movePointLeft(2));
    }

    /** A whole number in capitals below 一亿 (伍拾, 壹仟零伍, 壹万贰仟), or -1. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int wan = s.indexOf('万');
        if (wan >= 0) {
            long high = section(s.substring(0, wan));
            long low = wan == s.length() - 1 ? 0 : section(s.substring(wan + 1));
            return high <= 0 || low < 0 ? -1 : high * 10_000 + low;
        }
        return section(s);
    }

    /** 0 to 9999 in capitals (拾伍 is 15), or -1. */
    private static long section(String s) {
        long total = 0;
        int pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            int unit = switch (c) {
                case '拾', '十' -> 10;
                case '佰', '百' -> 100;
                case '仟', '千' -> 1000;
                default -> 0;
            };
            if (d >= 0) {
                pending = d;
            } else if (unit > 0) {
                total += (pending < 0 ? 1 : pending) * (long) unit;
                pending = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(pending, 0);
    }

}
