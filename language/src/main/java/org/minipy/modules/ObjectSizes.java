package org.minipy.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

/**
 * {@code sys.getsizeof}: MiniPy's objects live on the JVM heap and have no meaningful byte size, so this returns the
 * size CPython 3.11 reports on a 64-bit build for the same value (exact for the common built-in types, with lists and
 * dicts sized as if built without spare room), so that programs comparing or printing sizes behave alike.
 */
final class ObjectSizes {
    private ObjectSizes() {
    }

    @TruffleBoundary
    static long sizeOf(Object value) {
        if (value == PNone.NONE) {
            return 16;
        } else if (value instanceof Boolean || value instanceof Long) {
            long v = value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
            return intSize(BigInteger.valueOf(v).abs().bitLength());
        } else if (value instanceof BigInteger big) {
            return intSize(big.abs().bitLength());
        } else if (value instanceof Double) {
            return 24;
        } else if (value instanceof String s) {
            return strSize(s);
        } else if (value instanceof PBytes b) {
            return 33 + b.getBytes().length;
        } else if (value instanceof PTuple t) {
            return 40 + 8L * t.size();
        } else if (value instanceof PList l) {
            return 56 + 8L * l.size();
        } else if (value instanceof PDict d) {
            return dictSize(d.size());
        } else if (value instanceof PSet s) {
            return setSize(s.size());
        } else if (value instanceof PythonClass) {
            return 1688;
        }
        return 56;
    }

    private static long intSize(int bits) {
        return 24 + 4L * Math.max(1, (bits + 29) / 30);
    }

    private static long strSize(String s) {
        int max = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            max = Math.max(max, s.codePointAt(i));
            n++;
        }
        if (max < 128) {
            return 49 + n;
        } else if (max < 256) {
            return 73 + n;
        } else if (max < 0x10000) {
            return 74 + 2L * n;
        }
        return 76 + 4L * n;
    }

    /** An empty dict has no key table; otherwise the smallest table whose usable two thirds hold the items. */
    private static long dictSize(int n) {
        if (n == 0) {
            return 64;
        }
        long slots = 8;
        while (slots * 2 / 3 < n) {
            slots *= 2;
        }
        long indexBytes = slots <= 128 ? 1 : slots <= (1 << 15) ? 2 : slots <= (1L << 31) ? 4 : 8;
        return 64 + 32 + slots * indexBytes + (slots * 2 / 3) * 24;
    }

    /** The table a set reaches when its items are added one by one (it grows when three fifths full). */
    private static long setSize(int n) {
        long slots = 8;
        for (long used = 1; used <= n; used++) {
            if (used * 5 >= (slots - 1) * 3) {
                long want = used > 50000 ? used * 2 : used * 4;
                slots = 8;
                while (slots <= want) {
                    slots *= 2;
                }
            }
        }
        return slots == 8 ? 216 : 216 + 16 * slots;
    }
}
