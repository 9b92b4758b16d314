package org.partydesk.logic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999): 18 characters, the last a check digit (0-9 or X) computed with
 * ISO 7064 MOD 11-2. Validation, masking and the facts the number carries.
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** Upper-cases the trailing x, removes spaces and turns full-width digits into ASCII. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        int plain = 0;
        while (plain < raw.length() && (raw.charAt(plain) >= '0' && raw.charAt(plain) <= '9' || raw.charAt(plain) == 'X')) {
            plain++;
        }
        if (plain == raw.length()) {
            return raw; // already normal: digits and X only
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == 'x' || c == 'ｘ' || c == 'Ｘ') {
                sb.append('X');
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The check digit for the first 17 digits. */
    public static char checkDigit(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Why the number is not valid, in Chinese, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        String id = normalize(raw);
        if (id == null || id.isEmpty()) {
            return Optional.of("身份证号为空");
        }
        if (id.length() != 18) {
            return Optional.of("身份证号应为18位，实际为" + id.length() + "位");
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return Optional.of("身份证号前17位应为数字");
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("身份证号最后一位应为数字或X");
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of("身份证号中的出生日期无效");
        }
        char expected = checkDigit(id.substring(0, 17));
        if (expected != last) {
            return Optional.of("身份证号校验位错误（应为" + expected + "）");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The birth date encoded in positions 7-14, if it is a real date. */
    public static Optional<LocalDate> birthDate(String raw) {
        String id = normalize(raw);
        if (id == null || id.length() != 18) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(id.substring(6, 10));
            int m = Integer.parseInt(id.substring(10, 12));
            int d = Integer.parseInt(id.substring(12, 14));
            if (y < 1900) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, m, d));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Odd 17th digit: male. */
    public static Optional<Boolean> isMale(String raw) {
        String id = normalize(raw);
        if (id == null || id.length() != 18 || !Character.isDigit(id.charAt(16))) {
            return Optional.empty();
        }
        return Optional.of((id.charAt(16) - '0') % 2 == 1);
    }

    /** {@code 420102********1234}: the six-digit area code and the last four characters stay. */
    public static String mask(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        String id = normalize(raw);
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
