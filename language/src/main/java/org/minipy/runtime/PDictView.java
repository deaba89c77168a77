package org.minipy.runtime;

import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.PythonClass.Layout;

/**
 * The live views {@code d.keys()}, {@code d.values()} and {@code d.items()}: they show the dict's current contents.
 * Their methods ({@code __len__ __iter__ __contains__ __repr__}, set operations on keys and items) are installed on
 * the three classes by {@code org.minipy.builtins.DictMethods}.
 */
public final class PDictView implements HasPythonClass {
    public static final PythonClass KEYS = new PythonClass("dict_keys", new PythonClass[]{BuiltinTypes.OBJECT}, true, Layout.NONE);
    public static final PythonClass VALUES = new PythonClass("dict_values", new PythonClass[]{BuiltinTypes.OBJECT}, true, Layout.NONE);
    public static final PythonClass ITEMS = new PythonClass("dict_items", new PythonClass[]{BuiltinTypes.OBJECT}, true, Layout.NONE);

    private final PDict dict;
    /** One of {@link Iteration.DictIterator#KEYS}, {@code VALUES}, {@code ITEMS}. */
    private final int kind;

    public PDictView(PDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PDict getDict() {
        return dict;
    }

    public int getKind() {
        return kind;
    }

    /** Keys and items views behave as sets (comparisons, {@code & | - ^}); values views do not. */
    public boolean isSetLike() {
        return kind != Iteration.DictIterator.VALUES;
    }

    /**
     * Rich comparison of a keys/items view with a set or another such view, as sets (CPython's
     * {@code dictview_richcompare}); NotImplemented for anything else.
     */
    public static Object compareAsSets(Object a, Object b, Compare op) {
        if (!(a instanceof PDictView v && v.isSetLike()) || !(b instanceof PSet || b instanceof PDictView w && w.isSetLike())) {
            return PSingleton.NOT_IMPLEMENTED;
        }
        PSet other = b instanceof PSet s ? s : PSet.create(BuiltinTypes.SET, b);
        return SetOps.compare(PSet.create(BuiltinTypes.SET, a), other, op);
    }

    @Override
    public PythonClass getPythonClass() {
        return kind == Iteration.DictIterator.KEYS ? KEYS : kind == Iteration.DictIterator.VALUES ? VALUES : ITEMS;
    }
}
