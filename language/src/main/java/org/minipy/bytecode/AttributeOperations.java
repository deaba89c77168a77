package org.minipy.bytecode;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.PBoundMethod;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;

/**
 * {@code obj.name} and {@code obj.name = value} with inline caches for instances of user classes. What the class
 * contributes (a method, a property, nothing) is looked up once per site and class and trusted while the class's
 * "unchanged" assumption holds; the instance's own attributes are read and written through the object's shape.
 * Everything unusual — builtin objects, {@code __getattr__}/{@code __getattribute__}/{@code __setattr__},
 * properties and other data descriptors, instances whose attributes moved into a {@code __dict__} — takes the full
 * protocol in {@link Attributes}.
 */
public final class AttributeOperations {
    private AttributeOperations() {
    }

    @OperationProxy.Proxyable
    @ConstantOperand(type = String.class)
    public abstract static class GetAttr extends Node {
        public abstract Object execute(String name, Object obj);

        @Specialization(guards = {"obj.getPythonClass() == cachedClass", "plain"}, assumptions = "classUnchanged", limit = "8")
        static Object instance(String name, PythonObject obj,
                        @Cached("obj.getPythonClass()") PythonClass cachedClass,
                        @Cached("cachedClass.getStableAssumption()") Assumption classUnchanged,
                        @Cached("isPlainForGet(cachedClass, name)") boolean plain,
                        @Cached("cachedClass.lookup(name)") Object fromClass,
                        @CachedLibrary(limit = "8") DynamicObjectLibrary objects) {
            Object own = objects.getOrDefault(obj, name, null);
            if (own != null) {
                return own;
            }
            if (fromClass instanceof PFunction) {
                return new PBoundMethod(obj, fromClass);
            }
            return generic(obj, name);
        }

        @Specialization(replaces = "instance")
        static Object get(String name, Object obj) {
            return generic(obj, name);
        }

        /** A user class whose attribute {@code name} is at most a non-data descriptor, without attribute hooks. */
        @TruffleBoundary
        static boolean isPlainForGet(PythonClass cls, String name) {
            return !cls.isBuiltin() && cls.lookup("__getattr__") == null &&
                            Attributes.lookupUserSpecial(cls, "__getattribute__") == null &&
                            !Attributes.isDataDescriptor(cls.lookup(name)) && !name.equals(Attributes.DICT_NAME);
        }

        @TruffleBoundary
        private static Object generic(Object obj, String name) {
            return Attributes.getAttribute(obj, name);
        }
    }

    @OperationProxy.Proxyable
    @ConstantOperand(type = String.class)
    public abstract static class SetAttr extends Node {
        public abstract void execute(String name, Object obj, Object value);

        @Specialization(guards = {"obj.getPythonClass() == cachedClass", "plain"}, assumptions = "classUnchanged", limit = "8")
        static void instance(String name, PythonObject obj, Object value,
                        @Cached("obj.getPythonClass()") PythonClass cachedClass,
                        @Cached("cachedClass.getStableAssumption()") Assumption classUnchanged,
                        @Cached("isPlainForSet(cachedClass, name)") boolean plain,
                        @CachedLibrary(limit = "8") DynamicObjectLibrary objects) {
            if (objects.containsKey(obj, Attributes.DICT_KEY)) {
                generic(obj, name, value);
                return;
            }
            objects.put(obj, name, value);
        }

        @Specialization(replaces = "instance")
        static void set(String name, Object obj, Object value) {
            generic(obj, name, value);
        }

        @TruffleBoundary
        static boolean isPlainForSet(PythonClass cls, String name) {
            return !cls.isBuiltin() && Attributes.lookupUserSpecial(cls, "__setattr__") == null &&
                            !Attributes.isDataDescriptor(cls.lookup(name)) && !name.startsWith("__") && cls.allowsInstanceAttribute(name);
        }

        @TruffleBoundary
        private static void generic(Object obj, String name, Object value) {
            Attributes.setAttribute(obj, name, value);
        }
    }
}
