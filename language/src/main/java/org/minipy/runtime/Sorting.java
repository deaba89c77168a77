package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.ast.Operator.Compare;

/**
 * The sort behind {@code sorted()} (and available to {@code list.sort}): stable, with {@code key} and
 * {@code reverse}, comparing only with {@code <} as CPython does. It follows CPython's timsort in the order it
 * compares elements (natural runs found left to right, short runs extended by binary insertion, each comparison
 * asking whether the later element is less than the earlier one), so a comparison that fails raises the same
 * TypeError CPython raises — {@code '<' not supported between instances of 'str' and 'int'} — and user
 * {@code __lt__} methods see the same calls. Merging is a plain stable merge without galloping.
 */
public final class Sorting {
    private Sorting() {
    }

    /** Sorts {@code items} in place. {@code key} is a callable or None; exceptions from it or from {@code <} propagate. */
    @TruffleBoundary
    public static void sort(Object[] items, Object key, boolean reverse) {
        int n = items.length;
        Object[] keys = items;
        if (key != PNone.NONE && key != null) {
            // as CPython, the key is called even for a single item (so a bad key fails the same way)
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Calls.call(key, new Object[]{items[i]});
            }
        }
        if (n < 2) {
            return;
        }
        // CPython reverses before and after sorting, so equal elements keep their original order when reverse=True.
        if (reverse) {
            reverseRange(keys, 0, n);
            if (keys != items) {
                reverseRange(items, 0, n);
            }
        }
        new Sorter(keys, keys == items ? null : items).sort();
        if (reverse) {
            reverseRange(keys, 0, n);
            if (keys != items) {
                reverseRange(items, 0, n);
            }
        }
    }

    /** Python's {@code a < b} as a Java boolean. */
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) < 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        if (a instanceof PTuple x && b instanceof PTuple y && x.isExact() && y.isExact()) {
            return Truth.isTrue(Comparisons.compareTuples(x, y, Compare.LT));
        }
        return Truth.isTrue(Comparisons.richCompare(a, b, Compare.LT));
    }

    private static void reverseRange(Object[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            Object t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /** One sort: the keys, and the values that move with them (null when the keys are the values). */
    private static final class Sorter {
        private final Object[] keys;
        private final Object[] values;
        private final int[] runStart = new int[86];
        private final int[] runLength = new int[86];
        private int runs;

        Sorter(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        void sort() {
            int n = keys.length;
            int minRun = minRun(n);
            int lo = 0;
            int remaining = n;
            while (remaining > 0) {
                int len = countRunAndMakeAscending(lo, lo + remaining);
                if (len < minRun) {
                    int force = Math.min(remaining, minRun);
                    binaryInsertionSort(lo, lo + force, lo + len);
                    len = force;
                }
                runStart[runs] = lo;
                runLength[runs] = len;
                runs++;
                mergeCollapse();
                lo += len;
                remaining -= len;
            }
            while (runs > 1) {
                int i = runs - 2;
                if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                    i--;
                }
                mergeAt(i);
            }
        }

        private static int minRun(int n) {
            int r = 0;
            while (n >= 64) {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        /** CPython's count_run: a non-descending run, or a strictly descending one (which is reversed). */
        private int countRunAndMakeAscending(int lo, int hi) {
            if (lo + 1 == hi) {
                return 1;
            }
            int n = 2;
            if (lessThan(keys[lo + 1], keys[lo])) {
                for (int i = lo + 2; i < hi && lessThan(keys[i], keys[i - 1]); i++) {
                    n++;
                }
                reverseRange(keys, lo, lo + n);
                if (values != null) {
                    reverseRange(values, lo, lo + n);
                }
            } else {
                for (int i = lo + 2; i < hi && !lessThan(keys[i], keys[i - 1]); i++) {
                    n++;
                }
            }
            return n;
        }

        /** CPython's binarysort: [lo, start) is sorted; inserts the elements of [start, hi) one by one. */
        private void binaryInsertionSort(int lo, int hi, int start) {
            for (; start < hi; start++) {
                Object pivot = keys[start];
                Object pivotValue = values == null ? null : values[start];
                int l = lo;
                int r = start;
                while (l < r) {
                    int p = l + ((r - l) >> 1);
                    if (lessThan(pivot, keys[p])) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (values != null) {
                    System.arraycopy(values, l, values, l + 1, start - l);
                    values[l] = pivotValue;
                }
            }
        }

        /** Keeps the run lengths balanced (timsort's invariants) so merging stays O(n log n). */
        private void mergeCollapse() {
            while (runs > 1) {
                int n = runs - 2;
                if (n > 0 && runLength[n - 1] <= runLength[n] + runLength[n + 1] || n > 1 && runLength[n - 2] <= runLength[n - 1] + runLength[n]) {
                    if (runLength[n - 1] < runLength[n + 1]) {
                        n--;
                    }
                    mergeAt(n);
                } else if (runLength[n] <= runLength[n + 1]) {
                    mergeAt(n);
                } else {
                    break;
                }
            }
        }

        /** Merges runs i and i+1 (adjacent); ties take the left element, which keeps the sort stable. */
        private void mergeAt(int i) {
            int a = runStart[i];
            int na = runLength[i];
            int b = runStart[i + 1];
            int nb = runLength[i + 1];
            runLength[i] = na + nb;
            for (int j = i + 1; j < runs - 1; j++) {
                runStart[j] = runStart[j + 1];
                runLength[j] = runLength[j + 1];
            }
            runs--;
            Object[] leftKeys = java.util.Arrays.copyOfRange(keys, a, a + na);
            Object[] leftValues = values == null ? null : java.util.Arrays.copyOfRange(values, a, a + na);
            int pa = 0;
            int pb = b;
            int dest = a;
            int end = b + nb;
            try {
                while (pa < na && pb < end) {
                    if (lessThan(keys[pb], leftKeys[pa])) {
                        move(dest++, keys[pb], values == null ? null : values[pb]);
                        pb++;
                    } else {
                        move(dest++, leftKeys[pa], leftValues == null ? null : leftValues[pa]);
                        pa++;
                    }
                }
            } finally {
                // Also after a failed comparison: the rest of the left run fills the gap exactly up to pb, so the
                // array still holds every element (list.sort promises that).
                while (pa < na) {
                    move(dest++, leftKeys[pa], leftValues == null ? null : leftValues[pa]);
                    pa++;
                }
            }
        }

        private void move(int dest, Object key, Object value) {
            keys[dest] = key;
            if (values != null) {
                values[dest] = value;
            }
        }
    }
}
