package org.minipy.tests.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.minipy.builtins.Bootstrap;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.ClassFactory;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSuper;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;

/**
 * {@link PSuper} and {@link ClassFactory} without the compiler: the classes' methods are Java builtins standing in
 * for {@code def}s. Expected values are CPython's behaviour for the equivalent Python (given in each comment).
 */
class SuperAndClassFactoryTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.setUpClasses();
    }

    private static PDict ns(Object... kv) {
        PDict d = new PDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }

    /** class L(list): def __init__(self, n): super().__init__(range(n)) -- L(3) == [0, 1, 2]. */
    @Test
    void superInitOnListSubclass() {
        PythonClass[] holder = new PythonClass[1];
        PBuiltinFunction init = PBuiltinFunction.create("__init__(self, n)", a -> {
            Object sup = new PSuper(holder[0], a[0]);
            Calls.call(Attributes.getAttribute(sup, "__init__"), new Object[]{Calls.call(BuiltinTypes.RANGE, new Object[]{a[1]})});
            return PNone.NONE;
        });
        holder[0] = ClassFactory.create("L", new PythonClass[]{BuiltinTypes.LIST}, ns("__init__", init, "__module__", "__main__"));
        Object obj = Calls.call(holder[0], new Object[]{3L});
        assertEquals("[0, 1, 2]", Repr.repr(obj));
        assertEquals(3, ((PList) obj).size());
    }

    /** class E(Exception): def __init__(self, m, code): super().__init__(m); self.code = code -- E('x', 2).args == ('x',). */
    @Test
    void superInitOnException() {
        PythonClass[] holder = new PythonClass[1];
        PBuiltinFunction init = PBuiltinFunction.create("__init__(self, m, code)", a -> {
            Calls.call(Attributes.getAttribute(new PSuper(holder[0], a[0]), "__init__"), new Object[]{a[1]});
            Attributes.setAttribute(a[0], "code", a[2]);
            return PNone.NONE;
        });
        holder[0] = ClassFactory.create("E", new PythonClass[]{BuiltinTypes.EXCEPTION}, ns("__init__", init));
        Object e = Calls.call(holder[0], new Object[]{"x", 2L});
        assertEquals("('x',)", Repr.repr(Attributes.getAttribute(e, "args")));
        assertEquals(2L, Attributes.getAttribute(e, "code"));
        assertEquals("x", Repr.str(e));
    }

    /** Diamond: class A; class B(A); class C(A); class D(B, C) -- super(B, d).who is C's. */
    @Test
    void superFollowsTheInstanceMro() {
        PythonClass a = ClassFactory.create("A", new PythonClass[0], ns("who", "A"));
        PythonClass b = ClassFactory.create("B", new PythonClass[]{a}, ns("who", "B"));
        PythonClass c = ClassFactory.create("C", new PythonClass[]{a}, ns("who", "C"));
        PythonClass d = ClassFactory.create("D", new PythonClass[]{b, c}, ns());
        Object obj = Calls.call(d, new Object[0]);
        assertEquals("C", Attributes.getAttribute(Calls.call(BuiltinTypes.SUPER, new Object[]{b, obj}), "who"));
        assertEquals("A", Attributes.getAttribute(new PSuper(c, obj), "who"));
        assertEquals("(<class 'D'>, <class 'B'>, <class 'C'>, <class 'A'>, <class 'object'>)",
                        Repr.repr(Attributes.getAttribute(d, "__mro__")));
    }

    /** super(int, 'x') -- TypeError: super(type, obj): obj must be an instance or subtype of type. */
    @Test
    void superChecksItsArguments() {
        PException e = assertThrows(PException.class, () -> Calls.call(BuiltinTypes.SUPER, new Object[]{BuiltinTypes.INT, "x"}));
        assertEquals("super(type, obj): obj must be an instance or subtype of type", Repr.str(e.getPythonException()));
    }

    /** A class with __eq__ and no __hash__ is unhashable; __qualname__ is taken from the namespace, not kept. */
    @Test
    void eqWithoutHashAndQualname() {
        PBuiltinFunction eq = PBuiltinFunction.create("__eq__(self, other)", a -> true);
        PythonClass k = ClassFactory.create("K", new PythonClass[0], ns("__eq__", eq, "__qualname__", "outer.<locals>.K"));
        assertSame(PNone.NONE, k.getOwnAttribute("__hash__"));
        assertEquals("outer.<locals>.K", k.getQualname());
        assertEquals(null, k.getOwnAttribute("__qualname__"));
        PException e = assertThrows(PException.class, () -> org.minipy.runtime.Hashing.hash(Calls.call(k, new Object[0])));
        assertEquals("unhashable type: 'K'", Repr.str(e.getPythonException()));
        assertEquals("(<class 'object'>,)", Repr.repr(new PTuple(k.getBases())));
    }
}
