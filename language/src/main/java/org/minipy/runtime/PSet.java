package org.minipy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code set} and {@code frozenset} (told apart by their class). Elements are keyed like dict keys
 * ({@link PDict#normalize}).
 */
public final class PSet extends PythonObject {
    private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();

    public PSet() {
        super(BuiltinTypes.SET);
    }

    public PSet(PythonClass cls) {
        super(cls);
    }

    public boolean isFrozen() {
        return getPythonClass().isSubclassOf(BuiltinTypes.FROZENSET);
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public void add(Object element) {
        map.putIfAbsent(PDict.normalize(element), element);
    }

    @TruffleBoundary
    public boolean contains(Object element) {
        return map.containsKey(PDict.normalize(element));
    }

    /** Removes the element; returns whether it was there. */
    @TruffleBoundary
    public boolean remove(Object element) {
        return map.remove(PDict.normalize(element)) != null;
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    /** The elements in iteration order, as a fresh list. */
    @TruffleBoundary
    public List<Object> elements() {
        return new ArrayList<>(map.values());
    }
}
