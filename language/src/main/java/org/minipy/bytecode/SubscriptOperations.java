package org.minipy.bytecode;

import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * Subscripts and unpacking as bytecode operations: {@code obj[key]} read, assigned and deleted, and the unpacking of
 * an iterable into assignment targets ({@code a, b = t}, {@code first, *rest = xs}). Plain lists, tuples and dicts
 * (and, for reading, strs and ranges) are handled inline; everything else goes to the protocol code in
 * {@link RuntimeCalls}.
 */
final class SubscriptOperations {
    private SubscriptOperations() {
    }

    /** {@code obj[key]}: lists and tuples indexed by an int in range are read inline; the rest is generic. */
    @OperationProxy.Proxyable
    public abstract static class GetItem extends Node {
        public abstract Object execute(Object obj, Object key);

        @Specialization(guards = "list.isExact()")
        static Object listItem(org.minipy.runtime.PList list, long index) {
            int size = list.size();
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                return RuntimeCalls.getItem(list, index);
            }
            return list.get((int) i);
        }

        @Specialization(guards = "tuple.isExact()")
        static Object tupleItem(org.minipy.runtime.PTuple tuple, long index) {
            int size = tuple.size();
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                return RuntimeCalls.getItem(tuple, index);
            }
            return tuple.get((int) i);
        }

        /** {@code s[i]} on a str without astral characters, where UTF-16 units are code points. */
        @Specialization
        static Object strItem(String s, long index) {
            int size = s.length();
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size || org.minipy.runtime.StringIndexing.length(s) != size) {
                return RuntimeCalls.getItem(s, index);
            }
            return org.minipy.runtime.StringIndexing.charString(s.charAt((int) i));
        }

        @Specialization
        static Object rangeItem(org.minipy.runtime.PRange range, long index) {
            long size = range.length();
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                return RuntimeCalls.getItem(range, index);
            }
            return range.get(i);
        }

        @Specialization(guards = "list.isExact()")
        static Object listSlice(org.minipy.runtime.PList list, org.minipy.runtime.PSlice slice) {
            return new org.minipy.runtime.PList(org.minipy.runtime.Sequences.sliceArray(list.getStorage(), list.size(), slice));
        }

        @Specialization(guards = "tuple.isExact()")
        static Object tupleSlice(org.minipy.runtime.PTuple tuple, org.minipy.runtime.PSlice slice) {
            return new org.minipy.runtime.PTuple(org.minipy.runtime.Sequences.sliceArray(tuple.getItems(), tuple.size(), slice));
        }

        /** {@code d[k]} on a plain dict: a KeyError (or a bad key) goes the general way. */
        @Specialization(guards = "dict.isExact()")
        static Object dictItem(org.minipy.runtime.PDict dict, Object key) {
            Object value = dict.get(key);
            if (value == null) {
                return RuntimeCalls.getItem(dict, key);
            }
            return value;
        }

        @Specialization(replaces = {"listItem", "tupleItem", "strItem", "rangeItem", "listSlice", "tupleSlice", "dictItem"})
        static Object get(Object obj, Object key) {
            return RuntimeCalls.getItem(obj, key);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class SetItem extends Node {
        public abstract void execute(Object obj, Object key, Object value);

        @Specialization(guards = "list.isExact()")
        static void listItem(org.minipy.runtime.PList list, long index, Object value) {
            int size = list.size();
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                RuntimeCalls.setItem(list, index, value);
                return;
            }
            list.set((int) i, value);
        }

        @Specialization(guards = {"list.isExact()", "value.isExact()"})
        static void listSlice(org.minipy.runtime.PList list, org.minipy.runtime.PSlice slice, org.minipy.runtime.PList value) {
            org.minipy.runtime.ListSlicing.assignList(list, slice, value);
        }

        @Specialization(guards = "dict.isExact()")
        static void dictItem(org.minipy.runtime.PDict dict, Object key, Object value) {
            dict.put(key, value);
        }

        @Specialization(replaces = {"listItem", "listSlice", "dictItem"})
        static void set(Object obj, Object key, Object value) {
            RuntimeCalls.setItem(obj, key, value);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class DelItem extends Node {
        public abstract void execute(Object obj, Object key);

        @Specialization
        static void del(Object obj, Object key) {
            org.minipy.runtime.Sequences.delItem(obj, key);
        }
    }

    /**
     * Unpacks an iterable into exactly {@code count} values, or, with a starred target at {@code starIndex}
     * (-1 for none), into count values of which that one is a list.
     */
    @OperationProxy.Proxyable
    @ConstantOperand(type = int.class)
    @ConstantOperand(type = int.class)
    public abstract static class Unpack extends Node {
        public abstract Object execute(int count, int starIndex, Object iterable);

        /** {@code a, b = t} for an exact tuple of the right length: the items themselves, inline. */
        @Specialization(guards = {"starIndex < 0", "tuple.isExact()", "tuple.size() == count"})
        static Object tupleOfCount(int count, int starIndex, org.minipy.runtime.PTuple tuple) {
            return tuple.getItems();
        }

        /**
         * {@code [x, y, z] = lst} for an exact list of the right length: a copy (the targets may change the list while
         * they are assigned), made item by item so that the compiler can keep it virtual.
         */
        @Specialization(guards = {"starIndex < 0", "list.isExact()", "list.size() == count"})
        @ExplodeLoop
        static Object listOfCount(int count, int starIndex, org.minipy.runtime.PList list) {
            Object[] storage = list.getStorage();
            Object[] items = new Object[count];
            for (int i = 0; i < count; i++) {
                items[i] = storage[i];
            }
            return items;
        }

        @Fallback
        static Object unpack(int count, int starIndex, Object iterable) {
            return RuntimeCalls.unpack(count, starIndex, iterable);
        }
    }

    @OperationProxy.Proxyable
    @ConstantOperand(type = int.class)
    public abstract static class ArrayElement extends Node {
        public abstract Object execute(int index, Object array);

        @Specialization
        static Object get(int index, Object array) {
            return ((Object[]) array)[index];
        }
    }
}
