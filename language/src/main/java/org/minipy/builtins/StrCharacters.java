package org.minipy.builtins;

import java.util.Locale;

/**
 * The per-code-point side of {@code str}'s methods: case mapping with the full (possibly multi-character) mappings
 * and CPython's rules for title case and final sigma, and the {@code is...} classifications.
 */
final class StrCharacters {
    private StrCharacters() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Case mapping, per code point with the full (possibly multi-character) mappings.

    static String upper(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    static String lower(int cp) {
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    /**
     * The lower case of the character at {@code i} in {@code s}, with Unicode's final-sigma rule (which CPython
     * applies): a capital sigma ending a word becomes {@code ς}.
     */
    static String lowerAt(String s, int i, int cp) {
        if (cp != 0x3a3) {
            return lower(cp);
        }
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(s.charAt(j))) {
            j--;
        }
        boolean before = j >= 0 && isCased(s.charAt(j));
        int k = i + 1;
        while (k < s.length() && isCaseIgnorable(s.charAt(k))) {
            k++;
        }
        boolean after = k < s.length() && isCased(s.charAt(k));
        return before && !after ? "\u03c2" : "\u03c3";
    }

    static boolean isCaseIgnorable(char c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019;
        }
    }

    /**
     * Title case of one character; {@code ß} becomes {@code Ss} and {@code ŉ} becomes {@code ʼN} as in CPython: of a
     * multi-letter upper case only what follows its first cased letter is lowered.
     */
    static String titleOf(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp || Character.isTitleCase(cp)) {
            return new String(Character.toChars(t));
        }
        String up = upper(cp);
        if (up.codePointCount(0, up.length()) > 1) {
            int i = 0;
            while (i < up.length()) {
                int c = up.codePointAt(i);
                i += Character.charCount(c);
                if (isCased(c)) {
                    break;
                }
            }
            return up.substring(0, i) + up.substring(i).toLowerCase(Locale.ROOT);
        }
        return up;
    }

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * Full case folding (Unicode's CaseFolding.txt, as CPython), derived per character from the case mappings: the
     * lower case of the upper case, so that the letters with two lower cases (µ, ſ, ς, ϐ, ͅ ...) fold to one; the
     * exceptions are dotless i (which folds to itself), capital sharp s and Cherokee (which folds to upper case).
     */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0x13a0 && cp <= 0x13ff || cp >= 0xab70 && cp <= 0xabbf) {
                sb.append(upper(cp));
                return;
            } else if (cp == 0x1e9e) {
                sb.append("ss");
                return;
            }
            String up = upper(cp);
            String low = lower(cp);
            if (up.codePointCount(0, up.length()) > 1) {
                sb.append(up.toLowerCase(Locale.ROOT));
            } else if (cp != 0x131 && low.equals(new String(Character.toChars(cp))) && up.codePointAt(0) != cp) {
                sb.append(lower(up.codePointAt(0)));
            } else {
                sb.append(low);
            }
        });
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(titleOf(first));
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            sb.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            sb.append(previousCased ? lowerAt(s, i, cp) : titleOf(cp));
            i += Character.charCount(cp);
            previousCased = isCased(cp);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            // A title-case letter (ǅ) is neither upper nor lower case, so CPython leaves it alone.
            if (Character.isUpperCase(cp)) {
                sb.append(lowerAt(s, i, cp));
            } else if (Character.isLowerCase(cp)) {
                sb.append(upper(cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Classification.

    static boolean all(String s, java.util.function.IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
    }

    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        int v = Character.getNumericValue(cp);
        return Character.getType(cp) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** isupper/islower: at least one cased character and none of the other case. */
    static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (upper ? Character.isLowerCase(cp) || Character.isTitleCase(cp) : Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            any |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return any;
    }

    static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** Python identifiers: a letter or underscore (XID_Start) then letters, digits, underscores (XID_Continue). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
        }
        return true;
    }
}
