package org.minipy.runtime;

import java.util.Arrays;

/**
 * Python's {@code list}: a growable array of objects. Growth follows amortised doubling. A PythonObject so that user
 * classes may derive from list.
 */
public final class PList extends PythonObject {
    private Object[] items;
    private int size;

    public PList() {
        this(BuiltinTypes.LIST, new Object[4], 0);
    }

    /** Takes ownership of {@code items}. */
    public PList(Object[] items) {
        this(BuiltinTypes.LIST, items, items.length);
    }

    public PList(PythonClass cls, Object[] items, int size) {
        super(cls);
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int index) {
        return items[index];
    }

    public void set(int index, Object value) {
        items[index] = value;
    }

    public void append(Object value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size * 2));
        }
        items[size++] = value;
    }

    public void insert(int index, Object value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size * 2));
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    public Object removeAt(int index) {
        Object value = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return value;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }

    /** A fresh copy of the elements, exactly {@link #size()} long. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole contents; takes ownership of {@code newItems}. */
    public void setContents(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    /** The backing array (longer than size); for fast read-only loops. */
    public Object[] getStorage() {
        return items;
    }

    /** {@code a + b}: a new list. */
    public static PList concat(PList a, PList b) {
        Object[] items = new Object[a.size + b.size];
        System.arraycopy(a.items, 0, items, 0, a.size);
        System.arraycopy(b.items, 0, items, a.size, b.size);
        return new PList(items);
    }

    /** Whether this is a plain {@code list}, not an instance of a subclass (which may override its protocol). */
    public boolean isExact() {
        return getPythonClass() == BuiltinTypes.LIST;
    }
}
