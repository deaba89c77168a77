package org.minipy.builtins;

import org.minipy.ast.Operator.Binary;
import org.minipy.runtime.Arith;
import org.minipy.runtime.BuiltinBody;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Truth;

/**
 * The methods {@code bool} adds to those it inherits from {@code int}: the constructor ({@code bool(x)} is the truth
 * of {@code x}), its repr {@code True}/{@code False}, and {@code & | ^}, which keep bool operands bool.
 */
final class BoolMethods {
    private BoolMethods() {
    }

    static void install() {
        PythonClass bool = BuiltinTypes.BOOL;
        Install.constructor(bool, "__new__(cls, x=False, /)", a -> Truth.isTrue(a[1]));
        Install.method(bool, "__repr__(self)", a -> Truth.isTrue(a[0]) ? "True" : "False");
        Install.method(bool, "__str__(self)", a -> Truth.isTrue(a[0]) ? "True" : "False");
        for (Binary op : new Binary[]{Binary.BITAND, Binary.BITOR, Binary.BITXOR}) {
            BuiltinBody body = a -> IntOps.isInt(a[1]) ? Arith.intBinary(op, a[0], a[1]) : PSingleton.NOT_IMPLEMENTED;
            Install.method(bool, op.dunder + "(self, value, /)", body);
            Install.method(bool, op.reflectedDunder() + "(self, value, /)", body);
        }
    }
}
