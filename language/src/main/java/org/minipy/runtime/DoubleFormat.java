package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Converts a double to text exactly as CPython's {@code PyOS_double_to_string} does, for the {@code e f g r} codes
 * that {@code format()}, f-strings and {@code %}-formatting use.
 *
 * <p>CPython gets its digits from David Gay's {@code dtoa}, which rounds the <em>exact</em> binary value of the double
 * (round-half-even on that exact value). {@link BigDecimal#BigDecimal(double)} is that exact value, so rounding it
 * gives the same digits: {@code 2.675} is really 2.67499999999999982236431605997495353221893310546875 and prints as
 * {@code 2.67} with {@code .2f}. The layout step (where the decimal point goes, padding zeros, the exponent) is a
 * transcription of CPython's {@code format_float_short}.
 */
public final class DoubleFormat {
    private DoubleFormat() {
    }

    /** Always add a sign ({@code +} for non-negative numbers). */
    public static final int SIGN = 1;
    /** Add {@code .0} when the result would otherwise look like an integer (repr, format with no type). */
    public static final int ADD_DOT_0 = 2;
    /** Alternate form: keep the decimal point and, for {@code g}, trailing zeros. */
    public static final int ALT = 4;
    /** Drop the sign of a result that is zero after rounding (the {@code z} option). */
    public static final int NO_NEG_0 = 8;

    /** The digits of a double (no trailing zeros, possibly empty) and where the decimal point goes. */
    private record Digits(String digits, int decpt) {
    }

    /**
     * {@code code} is one of {@code e E f F g G r} ({@code r}: shortest round-trip digits, precision ignored). The
     * result starts with {@code -} for a negative number (never for NaN); upper-case codes give {@code E}, {@code INF}
     * and {@code NAN}.
     */
    @TruffleBoundary
    public static String format(double value, char code, int precision, int flags) {
        boolean upper = Character.isUpperCase(code);
        char lower = Character.toLowerCase(code);
        boolean negative = (Double.doubleToRawLongBits(value) < 0) && !Double.isNaN(value);
        StringBuilder sb = new StringBuilder();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            if (negative) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(Double.isNaN(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.toString();
        }
        int mode;
        switch (lower) {
            case 'e':
                precision++;
                mode = 2;
                break;
            case 'f':
                mode = 3;
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                mode = 2;
                break;
            case 'r':
                mode = 0;
                break;
            default:
                throw new IllegalArgumentException("format code " + code);
        }
        Digits d = digits(Math.abs(value), mode, precision);
        String digits = d.digits();
        int digitsLen = digits.length();
        int decpt = d.decpt();
        if ((flags & NO_NEG_0) != 0 && negative && (digitsLen == 0 || digits.equals("0"))) {
            negative = false;
        }
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        boolean useExp = false;
        int vdigitsEnd = digitsLen;
        switch (lower) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    /**
     * dtoa's three modes for a non-negative finite value: 0 = shortest digits that read back as the same double,
     * 2 = {@code ndigits} significant digits, 3 = {@code ndigits} digits after the decimal point. Trailing zeros are
     * dropped; zero is {@code "0"} with the point after it; a mode-3 result that rounds to zero is empty.
     */
    private static Digits digits(double value, int mode, int ndigits) {
        if (value == 0.0) {
            return new Digits("0", 1);
        }
        if (mode == 0) {
            return shortest(value);
        }
        if (mode == 3) {
            Digits fixed = fixedPoint(value, ndigits);
            if (fixed != null) {
                return fixed;
            }
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded;
        switch (mode) {
            case 2:
                rounded = exact.round(new MathContext(ndigits, RoundingMode.HALF_EVEN));
                break;
            default:
                rounded = exact.setScale(ndigits, RoundingMode.HALF_EVEN);
                if (rounded.signum() == 0) {
                    return new Digits("", -ndigits);
                }
                break;
        }
        return fromDecimal(rounded);
    }

    /** Powers of ten that are exact doubles (up to 10^22). */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];

    static {
        double p = 1.0;
        for (int i = 0; i < EXACT_POWERS_OF_TEN.length; i++) {
            EXACT_POWERS_OF_TEN[i] = p;
            p *= 10.0;
        }
    }

    /**
     * Mode 3 without BigDecimal when {@code value * 10^ndigits} is below 2^52. The product {@code p} is rounded (by at
     * most a quarter, as its ulp is at most a half), but {@code Math.fma} gives that rounding error {@code r} exactly,
     * so the exact scaled value is {@code p + r}, and the half-even decision can be made on
     * {@code (p - floor(p) - 0.5) + r}, whose terms are exact and whose sign floating-point addition keeps. Null out
     * of that range (BigDecimal decides then).
     */
    private static Digits fixedPoint(double value, int ndigits) {
        if (ndigits < 0 || ndigits >= EXACT_POWERS_OF_TEN.length) {
            return null;
        }
        double scale = EXACT_POWERS_OF_TEN[ndigits];
        double product = value * scale;
        if (!(product < 0x1p52)) {
            return null;
        }
        double error = Math.fma(value, scale, -product);
        double floor = Math.floor(product);
        double fraction = product - floor; // exact: both are within a factor of two, or floor is 0
        long units = (long) floor;
        if (fraction >= 0.25) {
            double aboveHalf = (fraction - 0.5) + error; // fraction - 0.5 is exact for fraction in [0.25, 1)
            if (aboveHalf > 0 || aboveHalf == 0 && (units & 1) != 0) {
                units++;
            }
        } // else the exact value is within (floor - 0.25, floor + 0.5): |error| <= ulp(product) / 2 <= 0.25
        if (units == 0) {
            return new Digits("", -ndigits);
        }
        String digits = Long.toString(units);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(digits.substring(0, end), digits.length() - ndigits);
    }

    private static Digits fromDecimal(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Digits(digits, digits.length() - stripped.scale());
    }

    /**
     * The shortest round-trip digits. Java's {@link Double#toString} finds them too (JDK 19+) but always prints at
     * least two digits, and for a one-digit shortest value it may pick a different, closer two-digit string
     * ({@code 4.9E-324} for 5e-324), so a one-digit candidate is tried first.
     */
    private static Digits shortest(double value) {
        Digits java = parseJavaDigits(Double.toString(value));
        if (java.digits().length() <= 2) {
            Digits one = fromDecimal(new BigDecimal(value).round(new MathContext(1, RoundingMode.HALF_EVEN)));
            if (Double.parseDouble(one.digits() + "e" + (one.decpt() - one.digits().length())) == value) {
                return one;
            }
        }
        return java;
    }

    /** The digits of {@link Double#toString}'s {@code 123.456} or {@code 1.2345E-7} form, for a positive value. */
    private static Digits parseJavaDigits(String text) {
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1)));
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
            decpt--;
        }
        int end = digits.length();
        while (end > start + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(digits.substring(start, end), decpt);
    }

    /** {@code repr(float)}: the shortest round-trip digits, {@code 1e+16} from 1e16 on, {@code 1e-05} below 1e-4. */
    public static String repr(double value) {
        return format(value, 'r', 0, ADD_DOT_0);
    }
}
