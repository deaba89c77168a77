package org.minipy.builtins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.Sorting;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

/**
 * The builtins that look at objects and classes: {@code isinstance issubclass getattr setattr hasattr delattr vars
 * dir}, and the placeholders {@code globals} and {@code locals}, which need the caller's frame and are replaced by
 * the compiler. ({@code type(x)} is the class {@code type}, handled by {@code Instantiation}; {@code callable},
 * {@code id} and {@code hash} are in {@link BuiltinFunctions}.)
 */
final class BuiltinIntrospection {
    private BuiltinIntrospection() {
    }

    static void install(PModule builtins) {
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("isinstance(obj, class_or_tuple, /)", a -> isInstance(a[0], a[1])));
        // not "cls": BuiltinArguments would take a first parameter of that name for a receiver
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("issubclass(klass, class_or_tuple, /)", a -> {
            if (!(a[0] instanceof PythonClass cls)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(cls, a[1]);
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("getattr(obj, name, default=?, /)", a -> {
            String name = attributeName(a[1]);
            if (a[2] == PBuiltinFunction.MISSING) {
                return Attributes.getAttribute(a[0], name);
            }
            Object v = Attributes.lookupAttribute(a[0], name);
            return v == null ? a[2] : v;
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("setattr(obj, name, value, /)", a -> {
            Attributes.setAttribute(a[0], attributeName(a[1]), a[2]);
            return PNone.NONE;
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("hasattr(obj, name, /)",
                        a -> Attributes.lookupAttribute(a[0], attributeName(a[1])) != null));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("delattr(obj, name, /)", a -> {
            Attributes.deleteAttribute(a[0], attributeName(a[1]));
            return PNone.NONE;
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("vars(object=?, /)", a -> {
            if (a[0] == PBuiltinFunction.MISSING) {
                return org.minipy.bytecode.CallerFrames.locals();
            }
            return vars(a[0]);
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("dir(object=?, /)", a -> {
            if (a[0] == PBuiltinFunction.MISSING) {
                return sortedKeys(org.minipy.bytecode.CallerFrames.locals());
            }
            return dir(a[0]);
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create(
                        "__import__(name, globals=None, locals=None, fromlist=None, level=0)", a -> importFunction(a[0], a[1], a[3], a[4])));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("globals()", a -> org.minipy.bytecode.CallerFrames.globals()));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("locals()", a -> org.minipy.bytecode.CallerFrames.locals()));
    }

    /**
     * {@code __import__(name, ..., fromlist, level)}: imports {@code name} like the import statement and returns, as
     * CPython does, the top-level package when {@code fromlist} is empty, else the named module itself.
     */
    private static Object importFunction(Object name, Object globals, Object fromlist, Object level) {
        if (!(name instanceof String moduleName)) {
            throw Errors.typeError("module name must be a string");
        }
        if (!(level instanceof Long l) || l < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        if (moduleName.isEmpty() && l == 0) {
            throw Errors.raise(BuiltinTypes.VALUE_ERROR, "Empty module name");
        }
        org.minipy.runtime.PythonContext context = org.minipy.runtime.PythonContext.get();
        Object module;
        if (l > 0) {
            PModule importer = globals instanceof org.minipy.runtime.PDict d ? new PModule(d) : null;
            module = org.minipy.compiler.ModuleLoader.importModule(context, importer, ".".repeat((int) (long) l) + moduleName);
            if (fromlist != PNone.NONE && org.minipy.runtime.Truth.isTrue(fromlist) || moduleName.isEmpty()) {
                return module;
            }
            // CPython returns the package-relative first component: for "..a.b", the module "<base>.a"
            String full = ((PModule) module).getName();
            int extra = moduleName.indexOf('.');
            return extra < 0 ? module : org.minipy.compiler.ModuleLoader.importModule(context,
                            full.substring(0, full.length() - (moduleName.length() - extra)));
        }
        module = org.minipy.compiler.ModuleLoader.importModule(context, moduleName);
        if (fromlist != PNone.NONE && org.minipy.runtime.Truth.isTrue(fromlist)) {
            return module;
        }
        int dot = moduleName.indexOf('.');
        return dot < 0 ? module : org.minipy.compiler.ModuleLoader.importModule(context, moduleName.substring(0, dot));
    }

    private static String attributeName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '%s'", TypeOf.nameOf(name));
    }

    /** isinstance(obj, cls): a class or a (nested) tuple of classes; a metaclass's {@code __instancecheck__} is honoured. */
    static boolean isInstance(Object obj, Object classOrTuple) {
        if (classOrTuple instanceof PythonClass cls) {
            Object check = userMetaMethod(cls, "__instancecheck__");
            if (check != null) {
                return Truth.isTrue(Calls.call(check, new Object[]{cls, obj}));
            }
            return TypeOf.classOf(obj).isSubclassOf(cls);
        }
        if (classOrTuple instanceof PTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (isInstance(obj, item)) {
                    return true;
                }
            }
            return false;
        }
        Object check = Attributes.lookupUserSpecial(TypeOf.classOf(classOrTuple), "__instancecheck__");
        if (check != null) {
            // Not a class: an object whose type defines the check (int | str, typing's forms).
            return Truth.isTrue(Calls.call(check, new Object[]{classOrTuple, obj}));
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PythonClass cls, Object classOrTuple) {
        if (classOrTuple instanceof PythonClass base) {
            Object check = userMetaMethod(base, "__subclasscheck__");
            if (check != null) {
                return Truth.isTrue(Calls.call(check, new Object[]{base, cls}));
            }
            return cls.isSubclassOf(base);
        }
        if (classOrTuple instanceof PTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (isSubclass(cls, item)) {
                    return true;
                }
            }
            return false;
        }
        Object check = Attributes.lookupUserSpecial(TypeOf.classOf(classOrTuple), "__subclasscheck__");
        if (check != null) {
            return Truth.isTrue(Calls.call(check, new Object[]{classOrTuple, cls}));
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** A method defined in Python on the metaclass of {@code cls} (not {@code type} itself), or null. */
    private static Object userMetaMethod(PythonClass cls, String name) {
        return Attributes.lookupUserSpecial(cls.getPythonClass(), name);
    }

    /**
     * vars(obj): a snapshot dict of the instance's own attributes; for a class, its own namespace; for a module, its
     * globals. (CPython returns the live {@code __dict__}; changing the snapshot does not change the object.)
     */
    static Object vars(Object obj) {
        if (obj instanceof PModule module) {
            return module.toDict();
        } else if (obj instanceof PythonClass cls) {
            return new org.minipy.runtime.PMappingProxy(cls.ownAttributesInOrder());
        }
        Object dict = Attributes.lookupAttribute(obj, "__dict__");
        if (dict != null) {
            return dict;
        }
        if (obj instanceof PythonObject po && TypeOf.classOf(obj).getSlots() == null && (!TypeOf.classOf(obj).isBuiltin() || Attributes.ownKeys(po).length > 0)) {
            return Attributes.instanceDict(po);
        }
        return failVars();
    }

    private static Object failVars() {
        throw Errors.typeError("vars() argument must have __dict__ attribute");
    }

    /** dir(obj): {@code __dir__} if a class defines it, else the object's own names and those along its class's MRO; sorted. */
    static PList dir(Object obj) {
        PythonClass type = TypeOf.classOf(obj);
        Object user = Attributes.lookupUserSpecial(type, "__dir__");
        Object[] names;
        if (user != null) {
            names = Iteration.toArray(Calls.call(user, new Object[]{obj}));
        } else if (obj instanceof PModule module && module.getGlobal("__dir__") != null) {
            // PEP 562: a module lists its names through its own __dir__ function when it has one
            names = Iteration.toArray(Calls.call(module.getGlobal("__dir__"), new Object[0]));
        } else {
            names = defaultDirNames(obj);
        }
        Sorting.sort(names, PNone.NONE, false);
        return new PList(names);
    }

    /** What {@code object.__dir__} lists (and dir() without a {@code __dir__} of its own): own names, then the class's. */
    static Object[] defaultDirNames(Object obj) {
        PythonClass type = TypeOf.classOf(obj);
        Set<String> set = new LinkedHashSet<>();
        if (obj instanceof PModule module) {
            for (PDict.Entry e : module.toDict().entriesSnapshot()) {
                set.add((String) e.key);
            }
        } else if (obj instanceof PythonClass cls) {
            addClassNames(set, cls);
        } else {
            if (obj instanceof PythonObject po) {
                for (Object key : Attributes.ownKeys(po)) {
                    if (key instanceof String s) {
                        set.add(s);
                    }
                }
            }
            addClassNames(set, type);
            set.add("__class__");
        }
        return new ArrayList<Object>(set).toArray();
    }

    /** {@code dir()} without an argument: the caller's local names, sorted. */
    private static PList sortedKeys(PDict namespace) {
        Object[] names = new Object[namespace.size()];
        int i = 0;
        for (PDict.Entry e : namespace.entriesSnapshot()) {
            names[i++] = e.key;
        }
        Sorting.sort(names, PNone.NONE, false);
        return new PList(names);
    }

    private static void addClassNames(Set<String> set, PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            for (String name : c.getOwnAttributes().keySet()) {
                // object's __dict__ descriptor stands for the one CPython gives each class with instance dicts
                if (c != BuiltinTypes.OBJECT || !name.equals("__dict__")) {
                    set.add(name);
                }
            }
        }
        if (cls.getSlots() != null) {
            set.addAll(cls.getSlots()); // CPython's member descriptors for the slots
        }
        for (PythonClass c : cls.getMro()) {
            if (!c.isBuiltin() && c.getSlots() == null) {
                set.add("__dict__");
                set.add("__weakref__");
                break;
            }
        }
    }
}
