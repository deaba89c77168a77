package org.minipy.bytecode;

import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.bytecode.Variadic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Displays as bytecode operations: building lists, tuples, sets, dicts, slices and f-strings from their items, and
 * the pieces that starred displays, comprehensions and calls with {@code *args}/{@code **kwargs} add one at a time.
 */
final class DisplayOperations {
    private DisplayOperations() {
    }

    @OperationProxy.Proxyable
    public abstract static class BuildList extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        static Object build(@Variadic Object[] items) {
            return new org.minipy.runtime.PList(items);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildTuple extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        static Object build(@Variadic Object[] items) {
            return new org.minipy.runtime.PTuple(items);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildSet extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        static Object build(@Variadic Object[] items) {
            return RuntimeCalls.buildSet(items);
        }
    }

    /**
     * A set display of more than two constants, laid out as CPython's compiler makes it (through a frozenset
     * constant, see PSet.fromConstantDisplay): the order in which such a set prints can differ from one built item by item.
     */
    @OperationProxy.Proxyable
    public abstract static class BuildConstantSet extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        static Object build(@Variadic Object[] items) {
            return org.minipy.runtime.PSet.fromConstantDisplay(items);
        }
    }

    /** The frozenset constant CPython makes of {@code for x in {1, 2, 3}}'s constant set display (its order). */
    @OperationProxy.Proxyable
    public abstract static class BuildFrozenConstant extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        static Object build(@Variadic Object[] items) {
            return org.minipy.runtime.PSet.frozenConstant(items);
        }
    }

    /** Keys and values alternate. */
    @OperationProxy.Proxyable
    public abstract static class BuildDict extends Node {
        public abstract Object execute(Object[] keysAndValues);

        @Specialization
        static Object build(@Variadic Object[] keysAndValues) {
            return RuntimeCalls.buildDict(keysAndValues);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildSlice extends Node {
        public abstract Object execute(Object start, Object stop, Object step);

        @Specialization
        static Object build(Object start, Object stop, Object step) {
            return new org.minipy.runtime.PSlice(start, stop, step);
        }
    }

    /** Joins the parts of an f-string (already formatted to str). */
    @OperationProxy.Proxyable
    public abstract static class BuildString extends Node {
        public abstract Object execute(Object[] parts);

        @Specialization
        static Object build(@Variadic Object[] parts) {
            return RuntimeCalls.buildString(parts);
        }
    }

    /** One {@code {value!conversion:spec}} field of an f-string. */
    @OperationProxy.Proxyable
    @ConstantOperand(type = int.class)
    public abstract static class FormatValue extends Node {
        public abstract Object execute(int conversion, Object value, Object spec);

        @Specialization
        static Object format(int conversion, Object value, Object spec) {
            return RuntimeCalls.formatValue(conversion, value, spec);
        }
    }

    /** Appends to the list being built by a comprehension, or to a starred display ({@code [*a, *b]}). */
    @OperationProxy.Proxyable
    public abstract static class ListAppend extends Node {
        public abstract void execute(Object list, Object value);

        @Specialization
        static void append(Object list, Object value) {
            ((org.minipy.runtime.PList) list).append(value);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class ListExtend extends Node {
        public abstract void execute(Object list, Object iterable);

        @Specialization
        static void extend(Object list, Object iterable) {
            RuntimeCalls.listExtend(list, iterable);
        }
    }

    /** A call's {@code *iterable} argument added to the positional arguments collected so far. */
    @OperationProxy.Proxyable
    public abstract static class CallArgsExtend extends Node {
        public abstract void execute(Object list, Object iterable, Object callee);

        @Specialization
        static void extend(Object list, Object iterable, Object callee) {
            RuntimeCalls.callArgsExtend(list, iterable, callee);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class SetAdd extends Node {
        public abstract void execute(Object set, Object value);

        @Specialization
        static void add(Object set, Object value) {
            ((org.minipy.runtime.PSet) set).add(value);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class DictSet extends Node {
        public abstract void execute(Object dict, Object key, Object value);

        @Specialization
        static void put(Object dict, Object key, Object value) {
            ((org.minipy.runtime.PDict) dict).put(key, value);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class DictUpdate extends Node {
        public abstract void execute(Object dict, Object mapping);

        @Specialization
        static void update(Object dict, Object mapping) {
            RuntimeCalls.dictUpdate(dict, mapping);
        }
    }

    /**
     * {@code f(..., **mapping)}: adds the mapping to the call's keyword dict; a name given twice is a TypeError that
     * names the callee (unlike {@link DictUpdate} for dict displays).
     */
    @OperationProxy.Proxyable
    public abstract static class KeywordsUpdate extends Node {
        public abstract void execute(Object dict, Object mapping, Object callee);

        @Specialization
        static void update(Object dict, Object mapping, Object callee) {
            CallOperations.mergeKeywords((org.minipy.runtime.PDict) dict, mapping, callee);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class SetUpdate extends Node {
        public abstract void execute(Object set, Object iterable);

        @Specialization
        static void update(Object set, Object iterable) {
            RuntimeCalls.setUpdate(set, iterable);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class ListToTuple extends Node {
        public abstract Object execute(Object list);

        @Specialization
        static Object convert(Object list) {
            return new org.minipy.runtime.PTuple(((org.minipy.runtime.PList) list).toArray());
        }
    }
}
