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
}
