package org.minipy.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PException;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/**
 * The calendar side of the {@code time} module: {@code struct_time} (a 9-item tuple with named fields),
 * {@code localtime gmtime mktime} and {@code strftime asctime ctime} with the C locale's names. Local time uses the
 * JVM's default time zone.
 */
final class TimeFormatting {
    private TimeFormatting() {
    }

    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

    /** {@code time.struct_time}. */
    static final PythonClass STRUCT_TIME = org.minipy.runtime.StructSequence.create("time.struct_time", FIELDS);

    /**
     * Where a struct_time keeps tm_zone and tm_gmtoff: as in CPython they are named fields outside its 9 items (not
     * in len() or iteration), so they live in the tuple object's own storage, under keys that no Python attribute
     * name can be. Tuples made by strptime or struct_time(...) have neither: both read as None.
     */
    private static final Object ZONE_KEY = new Object();
    private static final Object GMTOFF_KEY = new Object();
    private static final com.oracle.truffle.api.object.DynamicObjectLibrary OBJECTS = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();

    static {
        org.minipy.runtime.StructSequence.addConstructor(STRUCT_TIME);
        STRUCT_TIME.define("tm_zone", Descriptors.GetSet.readonlyMember("tm_zone", self -> hidden(self, ZONE_KEY)));
        STRUCT_TIME.define("tm_gmtoff", Descriptors.GetSet.readonlyMember("tm_gmtoff", self -> hidden(self, GMTOFF_KEY)));
        STRUCT_TIME.define("n_fields", 11L);
    }

    @TruffleBoundary
    private static Object hidden(Object self, Object key) {
        return self instanceof PTuple t ? OBJECTS.getOrDefault(t, key, PNone.NONE) : PNone.NONE;
    }

    static void install(PModule time) {
        time.setGlobal("struct_time", STRUCT_TIME);
        installZone(time);
        add(time, PBuiltinFunction.create("localtime(secs=None, /)", a -> {
            ZonedDateTime z = instant(a[0]).atZone(ZoneId.systemDefault());
            return withZone(structTime(z), zoneName(z.toInstant(), z.getZone()), z.getOffset().getTotalSeconds());
        }));
        // CPython 3.11 names UTC "GMT" here
        add(time, PBuiltinFunction.create("gmtime(secs=None, /)", a -> withZone(structTime(instant(a[0]).atZone(ZoneOffset.UTC)), "GMT", 0)));
        add(time, PBuiltinFunction.create("mktime(t, /)", a -> {
            ZonedDateTime z = fromTuple(a[0], "mktime").atZone(ZoneId.systemDefault());
            return (double) z.toEpochSecond();
        }));
        add(time, PBuiltinFunction.create("strftime(format, t=None, /)", a -> {
            if (!(a[0] instanceof String format)) {
                throw Errors.typeError("strftime() argument 1 must be str, not %s", Errors.argumentTypeName(a[0]));
            }
            ZonedDateTime z = a[1] == PNone.NONE ? ZonedDateTime.now() : fromTuple(a[1], "strftime").atZone(ZoneId.systemDefault());
            return strftime(format, z);
        }));
        add(time, PBuiltinFunction.create("asctime(t=None, /)", a -> {
            ZonedDateTime z = a[0] == PNone.NONE ? ZonedDateTime.now() : fromTuple(a[0], "asctime").atZone(ZoneId.systemDefault());
            return asctime(z);
        }));
        add(time, PBuiltinFunction.create("strptime(string, format='%a %b %d %H:%M:%S %Y', /)", a -> {
            if (!(a[0] instanceof String string)) {
                // time.strptime is Python code in CPython, which words it this way
                throw Errors.typeError("strptime() argument 0 must be str, not <class '%s'>", TypeOf.nameOf(a[0]));
            }
            if (!(a[1] instanceof String format)) {
                throw Errors.typeError("strptime() argument 1 must be str, not <class '%s'>", TypeOf.nameOf(a[1]));
            }
            return strptime(string, format);
        }));
        add(time, PBuiltinFunction.create("ctime(secs=None, /)", a -> asctime(instant(a[0]).atZone(ZoneId.systemDefault()))));
    }

    /**
     * timezone, altzone, daylight and tzname of the JVM's default zone, as C's tzset() sets them: offsets west of UTC
     * in seconds, from the zone's standard time and from its daylight-saving time this year.
     */
    private static void installZone(PModule time) {
        ZoneId zone = ZoneId.systemDefault();
        java.time.zone.ZoneRules rules = zone.getRules();
        int year = java.time.Year.now(zone).getValue();
        Instant january = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone).toInstant();
        Instant july = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone).toInstant();
        Instant std = rules.isDaylightSavings(january) ? july : january;
        Instant dst = rules.isDaylightSavings(january) ? january : july;
        boolean daylight = rules.isDaylightSavings(dst);
        long stdOffset = -rules.getOffset(std).getTotalSeconds();
        long dstOffset = daylight ? -rules.getOffset(dst).getTotalSeconds() : stdOffset;
        String stdName = zoneName(std, zone);
        String dstName = daylight ? zoneName(dst, zone) : stdName;
        time.setGlobal("timezone", stdOffset);
        time.setGlobal("altzone", dstOffset);
        time.setGlobal("daylight", daylight ? 1L : 0L);
        time.setGlobal("tzname", new PTuple(new Object[]{stdName, dstName}));
    }

    private static String zoneName(Instant at, ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.US).format(at.atZone(zone));
    }

    private static void add(PModule module, PBuiltinFunction fn) {
        fn.setModule("time");
        switch (fn.getName()) {
            // parsed with PyArg_ParseTuple in CPython: "localtime() takes at most 1 argument (2 given)"
            case "ctime", "localtime", "gmtime", "strftime" -> fn.setArgumentTupleStyle();
            default -> {
            }
        }
        module.setGlobal(fn.getName(), fn);
    }

    /** Seconds since the epoch (None: now) as an Instant; fractions of a second are dropped, as in C. */
    private static Instant instant(Object secs) {
        if (secs == PNone.NONE) {
            return Instant.ofEpochSecond(Instant.now().getEpochSecond());
        }
        double s;
        if (secs instanceof Double d) {
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            s = d;
        } else if (IntOps.isInt(secs)) {
            s = IntOps.toDouble(secs);
        } else {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(secs));
        }
        if (Math.abs(s) > 1e15) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond((long) s);
    }

    @TruffleBoundary
    private static PTuple withZone(PTuple t, String zone, long gmtoff) {
        OBJECTS.put(t, ZONE_KEY, zone);
        OBJECTS.put(t, GMTOFF_KEY, gmtoff);
        return t;
    }

    private static PTuple structTime(ZonedDateTime z) {
        boolean dst = z.getZone().getRules().isDaylightSavings(z.toInstant());
        return new PTuple(STRUCT_TIME, new Object[]{(long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
                        (long) z.getMinute(), (long) z.getSecond(), (long) (z.getDayOfWeek().getValue() - 1), (long) z.getDayOfYear(),
                        dst ? 1L : 0L});
    }

    /** A struct_time or 9-tuple as a local date-time. */
    private static LocalDateTime fromTuple(Object t, String function) {
        if (!(t instanceof PTuple tuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw Errors.typeError("%s(): illegal time tuple argument", function);
        }
        int[] v = new int[6];
        for (int i = 0; i < 6; i++) {
            v[i] = (int) Sequences.asIndex(tuple.get(i), "tuple");
        }
        if (!function.equals("mktime")) {
            checkFields(v, (int) Sequences.asIndex(tuple.get(6), "tuple"), (int) Sequences.asIndex(tuple.get(7), "tuple"));
        }
        try {
            return LocalDateTime.of(v[0], 1, 1, 0, 0, 0).plusMonths(v[1] - 1).plusDays(v[2] - 1).plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5]);
        } catch (java.time.DateTimeException e) {
            throw Errors.valueError("time out of range");
        }
    }

    /**
     * strftime() and asctime() refuse out-of-range fields as CPython does (mktime() normalises them instead); a
     * month, day of month or day of year of 0 stands for the first.
     */
    private static void checkFields(int[] v, int wday, int yday) {
        if (v[1] == 0) {
            v[1] = 1;
        } else if (v[1] < 1 || v[1] > 12) {
            throw Errors.valueError("month out of range");
        }
        if (v[2] == 0) {
            v[2] = 1;
        } else if (v[2] < 0 || v[2] > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (v[3] < 0 || v[3] > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (v[4] < 0 || v[4] > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (v[5] < 0 || v[5] > 61) {
            throw Errors.valueError("seconds out of range");
        }
        if ((wday + 1) % 7 < 0) { // C's truncating %, as in CPython
            throw Errors.valueError("day of week out of range");
        }
        if (yday < 0 || yday > 366) {
            throw Errors.valueError("day of year out of range");
        }
    }

    private static String asctime(ZonedDateTime z) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", dayName(z, TextStyle.SHORT), monthName(z, TextStyle.SHORT), z.getDayOfMonth(),
                        z.getHour(), z.getMinute(), z.getSecond(), z.getYear());
    }

    private static String dayName(ZonedDateTime z, TextStyle style) {
        return z.getDayOfWeek().getDisplayName(style, Locale.US);
    }

    private static String monthName(ZonedDateTime z, TextStyle style) {
        return z.getMonth().getDisplayName(style, Locale.US);
    }

    /** strftime with the C locale: the common directives; an unknown one is copied as is (as glibc does). */
    @TruffleBoundary
    static String strftime(String format, ZonedDateTime z) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(z.getYear());
                case 'y' -> sb.append(String.format("%02d", z.getYear() % 100));
                case 'm' -> sb.append(String.format("%02d", z.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", z.getDayOfMonth()));
                case 'e' -> sb.append(String.format("%2d", z.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", z.getHour()));
                case 'I' -> sb.append(String.format("%02d", (z.getHour() + 11) % 12 + 1));
                case 'M' -> sb.append(String.format("%02d", z.getMinute()));
                case 'S' -> sb.append(String.format("%02d", z.getSecond()));
                case 'p' -> sb.append(z.getHour() < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", z.getDayOfYear()));
                case 'a' -> sb.append(dayName(z, TextStyle.SHORT));
                case 'A' -> sb.append(dayName(z, TextStyle.FULL));
                case 'b', 'h' -> sb.append(monthName(z, TextStyle.SHORT));
                case 'B' -> sb.append(monthName(z, TextStyle.FULL));
                case 'w' -> sb.append(z.getDayOfWeek().getValue() % 7);
                case 'U' -> sb.append(String.format("%02d", (z.getDayOfYear() - 1 + 7 - z.getDayOfWeek().getValue() % 7) / 7));
                case 'W' -> sb.append(String.format("%02d", (z.getDayOfYear() - 1 + 7 - (z.getDayOfWeek().getValue() - 1)) / 7));
                case 'V' -> sb.append(String.format("%02d", z.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'G' -> sb.append(z.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
                case 'g' -> sb.append(String.format("%02d", Math.floorMod(z.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR), 100)));
                case 'C' -> sb.append(String.format("%02d", Math.floorDiv(z.getYear(), 100)));
                case 'R' -> sb.append(String.format("%02d:%02d", z.getHour(), z.getMinute()));
                case 'r' -> sb.append(String.format("%02d:%02d:%02d %s", (z.getHour() + 11) % 12 + 1, z.getMinute(), z.getSecond(),
                                z.getHour() < 12 ? "AM" : "PM"));
                case 'u' -> sb.append(z.getDayOfWeek().getValue());
                case 'Z' -> sb.append(z.getZone().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'z' -> {
                    int off = z.getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", Math.abs(off) / 3600, Math.abs(off) % 3600 / 60));
                }
                case 'c' -> sb.append(asctime(z));
                case 'x' -> sb.append(String.format("%02d/%02d/%02d", z.getMonthValue(), z.getDayOfMonth(), z.getYear() % 100));
                case 'X' -> sb.append(String.format("%02d:%02d:%02d", z.getHour(), z.getMinute(), z.getSecond()));
                case 'D' -> sb.append(String.format("%02d/%02d/%02d", z.getMonthValue(), z.getDayOfMonth(), z.getYear() % 100));
                case 'F' -> sb.append(String.format("%d-%02d-%02d", z.getYear(), z.getMonthValue(), z.getDayOfMonth()));
                case 'T' -> sb.append(String.format("%02d:%02d:%02d", z.getHour(), z.getMinute(), z.getSecond()));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    /**
     * strptime with the C locale: the numeric directives, month and day names, %p, %j, %f (dropped) and %%; white
     * space in the format matches any run of white space. Missing fields default to 1900-01-01 00:00:00, as in CPython;
     * the weekday and day of the year are computed, tm_isdst is -1.
     */
    @TruffleBoundary
    static PTuple strptime(String string, String format) {
        int[] pos = {0};
        int year = 1900;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int yday = -1;
        int hour12 = -1;
        int ampm = -1;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                while (pos[0] < string.length() && Character.isWhitespace(string.charAt(pos[0]))) {
                    pos[0]++;
                }
                continue;
            }
            if (c != '%' || i + 1 == format.length()) {
                if (pos[0] >= string.length() || string.charAt(pos[0]) != c) {
                    throw noMatch(string, format);
                }
                pos[0]++;
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'Y' -> year = number(string, pos, 4, string, format);
                case 'y' -> {
                    int y = number(string, pos, 2, string, format);
                    year = y < 69 ? 2000 + y : 1900 + y;
                }
                case 'm' -> month = number(string, pos, 2, string, format);
                case 'd' -> day = number(string, pos, 2, string, format);
                case 'H' -> hour = number(string, pos, 2, string, format);
                case 'I' -> hour12 = number(string, pos, 2, string, format);
                case 'M' -> minute = number(string, pos, 2, string, format);
                case 'S' -> second = number(string, pos, 2, string, format);
                case 'j' -> yday = number(string, pos, 3, string, format);
                case 'f' -> number(string, pos, 6, string, format);
                case 'p' -> ampm = name(string, pos, new String[]{"AM", "PM"}, string, format);
                case 'b', 'h' -> month = 1 + name(string, pos, MONTHS, string, format) % 12;
                case 'B' -> month = 1 + name(string, pos, MONTHS, string, format) % 12;
                case 'a', 'A' -> name(string, pos, DAYS, string, format);
                case '%' -> {
                    if (pos[0] >= string.length() || string.charAt(pos[0]) != '%') {
                        throw noMatch(string, format);
                    }
                    pos[0]++;
                }
                default -> throw Errors.valueError("'%s' is a bad directive in format '%s'", d, format);
            }
        }
        if (pos[0] < string.length()) {
            throw Errors.valueError("unconverted data remains: %s", string.substring(pos[0]));
        }
        if (hour12 >= 0) {
            hour = hour12 % 12 + (ampm == 1 ? 12 : 0);
        }
        java.time.LocalDate date;
        try {
            date = yday > 0 && month == 1 && day == 1 ? java.time.LocalDate.ofYearDay(year, yday) : java.time.LocalDate.of(year, month, day);
            if (hour > 23 || minute > 59 || second > 61) {
                throw noMatch(string, format);
            }
        } catch (java.time.DateTimeException e) {
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                throw noMatch(string, format);
            }
            throw Errors.valueError("day is out of range for month");
        }
        return new PTuple(STRUCT_TIME, new Object[]{(long) date.getYear(), (long) date.getMonthValue(), (long) date.getDayOfMonth(), (long) hour,
                        (long) minute, (long) second, (long) (date.getDayOfWeek().getValue() - 1), (long) date.getDayOfYear(), -1L});
    }

    /** Month names, full and then abbreviated, in the C locale (a match's index mod 12 is the month - 1). */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed",
                    "Thu", "Fri", "Sat", "Sun"};

    private static PException noMatch(String string, String format) {
        return Errors.valueError("time data %s does not match format %s", org.minipy.runtime.StringRepr.repr(string),
                        org.minipy.runtime.StringRepr.repr(format));
    }

    /** Up to {@code maxDigits} digits at pos (at least one). */
    private static int number(String s, int[] pos, int maxDigits, String string, String format) {
        int start = pos[0];
        int end = start;
        while (end < s.length() && end - start < maxDigits && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == start) {
            throw noMatch(string, format);
        }
        pos[0] = end;
        return Integer.parseInt(s.substring(start, end));
    }

    /** The index of the name (case-insensitive) at pos; the longest names are tried first by listing order. */
    private static int name(String s, int[] pos, String[] names, String string, String format) {
        for (int k = 0; k < names.length; k++) {
            String n = names[k];
            if (s.regionMatches(true, pos[0], n, 0, n.length())) {
                pos[0] += n.length();
                return k;
            }
        }
        throw noMatch(string, format);
    }
}
