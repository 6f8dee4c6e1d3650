package io.github.cheetahoptimove.cheetah;

import java.util.Locale;

/** The type of a data map field. Values always travel as strings; the type says which strings fit. */
public enum FieldType {
    /** Any text, including the empty string. */
    STRING,
    /** An integer, e.g. {@code 42} or {@code -7} (no {@code +} sign, no separators). */
    NUMBER,
    /** Digits with an optional {@code .} fraction, e.g. {@code 12} or {@code 12.50} (never {@code 12,5}). */
    DECIMAL,
    /** A calendar date as {@code yyyy-MM-dd}. */
    DATE,
    /** A type this SDK version does not know; values are passed through unchecked. */
    UNKNOWN;

    /** Parses the API's type name; anything unrecognised is {@link #UNKNOWN}. */
    public static FieldType fromApi(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        try {
            FieldType t = valueOf(name.trim().toUpperCase(Locale.ROOT));
            return t;
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /**
     * Whether {@code value} is a valid value of this type, as the API checks it.
     *
     * @return {@code true} when it fits; {@link #UNKNOWN} accepts everything
     */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        switch (this) {
            case STRING:
            case UNKNOWN:
                return true;
            case NUMBER:
                return isInteger(value, 0, value.length());
            case DECIMAL:
                int dot = value.indexOf('.');
                if (dot < 0) {
                    return isInteger(value, 0, value.length());
                }
                return isInteger(value, 0, dot) && isDigits(value, dot + 1, value.length());
            case DATE:
                return isDate(value);
            default:
                return false;
        }
    }

    private static boolean isInteger(String s, int from, int to) {
        if (from < to && s.charAt(from) == '-') {
            from++;
        }
        return isDigits(s, from, to);
    }

    private static boolean isDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !isDigits(s, 0, 4) || !isDigits(s, 5, 7)
                || !isDigits(s, 8, 10)) {
            return false;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int month = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
        int day = (s.charAt(8) - '0') * 10 + (s.charAt(9) - '0');
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] days = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= days[month - 1];
    }
}
