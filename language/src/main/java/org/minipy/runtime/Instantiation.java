package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Calling a class: {@code type.__call__}. {@code __new__} makes the object (the layout of the class decides which Java
 * object), then {@code __init__} initialises it when it is an instance of the class. Also {@code object.__new__} and
 * {@code object.__init__} with CPython's checks for surplus arguments.
 */
public final class Instantiation {
    private Instantiation() {
    }

    @TruffleBoundary
    public static Object callClass(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        PythonClass meta = cls.getMetaclass();
        if (meta != null) {
            // A metaclass's __call__ written in Python decides what calling the class does (singletons, registries).
            Object call = Attributes.lookupUserSpecial(meta, "__call__");
            if (call != null) {
                return Calls.call(call, prepend(cls, args), kwNames, kwValues);
            }
        }
        return typeCall(cls, args, kwNames, kwValues);
    }

    /** {@code type.__call__}: {@code __new__}, then {@code __init__} when the result is an instance of the class. */
    @TruffleBoundary
    public static Object typeCall(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        if (cls == BuiltinTypes.TYPE && args.length == 1 && kwNames == null) {
            return TypeOf.classOf(args[0]);
        }
        Object newMethod = cls.lookup("__new__");
        Object[] withCls = prepend(cls, args);
        Object instance;
        if (newMethod == null || newMethod == OBJECT_NEW) {
            checkNoArgumentsForObject(cls, args, kwNames);
            instance = allocate(cls);
        } else {
            Object fn = newMethod instanceof Descriptors.PStaticMethod sm ? sm.function : newMethod;
            instance = Calls.call(fn, withCls, kwNames, kwValues);
        }
        return initialize(cls, instance, args, kwNames, kwValues);
    }

    /** The second half of {@code cls(args)}: the {@code __init__} of what {@code __new__} made, if it is a cls. */
    @TruffleBoundary
    public static Object initialize(PythonClass cls, Object instance, Object[] args, String[] kwNames, Object[] kwValues) {
        PythonClass made = TypeOf.classOf(instance);
        if (!made.isSubclassOf(cls)) {
            return instance;
        }
        // As CPython's type_call: the __init__ of the object's own type (a subclass when __new__ made one).
        Object init = made.lookup("__init__");
        if (init == null || init == OBJECT_INIT) {
            return instance;
        }
        Object result = Calls.call(init, prepend(instance, args), kwNames, kwValues);
        if (result != PNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '%s'", TypeOf.nameOf(result));
        }
        return instance;
    }

    /** The object {@code object.__new__(cls)} makes: a plain instance, or a list/dict/exception... for subclasses. */
    @TruffleBoundary
    public static Object allocate(PythonClass cls) {
        switch (cls.getLayout()) {
            case EXCEPTION:
                return new PBaseException(cls, PTuple.EMPTY);
            case LIST:
                return new PList(cls, new Object[4], 0);
            case DICT:
                return new PDict(cls);
            case SET:
                return new PSet(cls);
            case TUPLE:
                return new PTuple(cls, new Object[0]);
            case OBJECT:
                if (cls == BuiltinTypes.TYPE) {
                    break;
                }
                return new PythonObject(cls);
            default:
                break;
        }
        throw Errors.typeError("cannot create '%s' instances", cls.getName());
    }

    private static void checkNoArgumentsForObject(PythonClass cls, Object[] args, String[] kwNames) {
        if (args.length == 0 && kwNames == null) {
            return;
        }
        Object init = cls.lookup("__init__");
        if (init == null || init == OBJECT_INIT) {
            if (cls.getLayout() == PythonClass.Layout.EXCEPTION) {
                return;
            }
            throw Errors.typeError("%s() takes no arguments", cls.getName());
        }
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] result = new Object[rest.length + 1];
        result[0] = first;
        System.arraycopy(rest, 0, result, 1, rest.length);
        return result;
    }

    /** {@code object.__new__}: identity-compared above so that the common case skips a call. */
    public static final PBuiltinFunction OBJECT_NEW = PBuiltinFunction.create("__new__(cls, *args, **kwargs)", Instantiation::objectNew);

    /** {@code object.__init__}: accepts surplus arguments only when {@code __new__} was overridden and not it. */
    public static final PBuiltinFunction OBJECT_INIT = PBuiltinFunction.create("__init__(self, *args, **kwargs)", Instantiation::objectInit);

    private static Object objectNew(Object[] a) {
        if (!(a[0] instanceof PythonClass cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (%s)", TypeOf.nameOf(a[0]));
        }
        if (excessArguments(a)) {
            if (cls.lookup("__new__") != OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            } else if (cls.lookup("__init__") == OBJECT_INIT) {
                throw Errors.typeError("%s() takes no arguments", cls.getName());
            }
        }
        if (cls.isBuiltin() && cls.lookup("__new__") != OBJECT_NEW) {
            throw Errors.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.getName(), cls.getName());
        }
        return allocate(cls);
    }

    private static Object objectInit(Object[] a) {
        if (excessArguments(a)) {
            PythonClass cls = TypeOf.classOf(a[0]);
            if (cls.lookup("__init__") != OBJECT_INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            } else if (cls.lookup("__new__") == OBJECT_NEW) {
                throw Errors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", cls.getMessageName());
            }
        }
        return PNone.NONE;
    }

    private static boolean excessArguments(Object[] a) {
        return ((PTuple) a[1]).size() > 0 || ((PDict) a[2]).size() > 0;
    }
}
