package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Slice assignment and deletion on lists: {@code a[1:3] = xs}, {@code a[::2] = xs}, {@code del a[::2]}. */
public final class ListSlicing {
    private ListSlicing() {
    }

    /**
     * {@code a[i:j] = b} with a list {@code b} as long as the slice: copied in place (fannkuch's reversals). Overlap
     * with {@code a} itself is fine, as {@code System.arraycopy} copies as if through a temporary.
     */
    public static void assignList(PList list, PSlice slice, PList value) {
        Sequences.SliceBounds b = Sequences.bounds(slice, list.size());
        if (b.step() == 1 && b.length() == value.size()) {
            System.arraycopy(value.getStorage(), 0, list.getStorage(), b.start(), b.length());
            return;
        }
        assign(list, slice, value);
    }

    @TruffleBoundary
    public static void assign(PList list, PSlice slice, Object value) {
        // as CPython, the slice is resolved against the list before the value is iterated
        Sequences.SliceBounds b = Sequences.bounds(slice, list.size());
        Object[] replacement;
        if (value == list || value instanceof PList || value instanceof PTuple) {
            replacement = value == list ? list.toArray() : Iteration.toArray(value);
        } else {
            Object it = Iteration.getIterOrNull(value);
            if (it == null) {
                throw Errors.typeError(b.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            replacement = Iteration.toArray(it);
        }
        if (b.step() == 1) {
            Object[] old = list.toArray();
            int start = b.start();
            int stop = Math.max(start, b.stop());
            Object[] result = new Object[old.length - (stop - start) + replacement.length];
            System.arraycopy(old, 0, result, 0, start);
            System.arraycopy(replacement, 0, result, start, replacement.length);
            System.arraycopy(old, stop, result, start + replacement.length, old.length - stop);
            list.setContents(result, result.length);
            return;
        }
        if (replacement.length != b.length()) {
            throw Errors.valueError("attempt to assign sequence of size %d to extended slice of size %d", replacement.length, b.length());
        }
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
            list.set(j, replacement[i]);
        }
    }

    @TruffleBoundary
    public static void delete(PList list, PSlice slice) {
        Sequences.SliceBounds b = Sequences.bounds(slice, list.size());
        boolean[] drop = new boolean[list.size()];
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
            drop[j] = true;
        }
        Object[] old = list.toArray();
        Object[] kept = new Object[old.length - b.length()];
        int k = 0;
        for (int i = 0; i < old.length; i++) {
            if (!drop[i]) {
                kept[k++] = old[i];
            }
        }
        list.setContents(kept, kept.length);
    }
}
