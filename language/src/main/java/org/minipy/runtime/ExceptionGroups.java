package org.minipy.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * PEP 654's exception groups: making {@code BaseExceptionGroup(message, exceptions)} (which becomes an ExceptionGroup
 * when every member is an Exception), and {@code split}/{@code subgroup}, which keep the nesting of the group and make
 * each part with the group's {@code derive} and its traceback, cause, context and notes. {@code except*}
 * (bytecode/ExceptStarOperations) works with these too.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static boolean isGroup(Object o) {
        return o instanceof PBaseException e && e.getPythonClass().isSubclassOf(BuiltinTypes.BASE_EXCEPTION_GROUP);
    }

    /** The members of a group (an empty tuple for a group made without BaseExceptionGroup.__new__). */
    public static PTuple members(PBaseException group) {
        PTuple excs = group.getGroupExceptions();
        return excs == null ? PTuple.EMPTY : excs;
    }

    /** {@code BaseExceptionGroup.__new__(cls, message, exceptions)} with CPython's checks and choice of class. */
    public static PBaseException create(PythonClass cls, PTuple args) {
        if (args.size() != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.size());
        }
        Object message = PSubclassValue.unwrap(args.get(0));
        if (!(message instanceof String)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", Errors.argumentTypeName(args.get(0)));
        }
        Object excs = args.get(1);
        PythonClass excsClass = TypeOf.classOf(excs);
        if (excsClass.isSubclassOf(BuiltinTypes.DICT) || excsClass.lookup("__getitem__") == null) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = Iteration.toArray(excs);
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PBaseException e)) {
                throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            nestedBase |= !e.getPythonClass().isSubclassOf(BuiltinTypes.EXCEPTION);
        }
        PythonClass type = cls;
        if (cls == BuiltinTypes.BASE_EXCEPTION_GROUP) {
            if (!nestedBase) {
                type = BuiltinTypes.EXCEPTION_GROUP;
            }
        } else if (nestedBase && cls == BuiltinTypes.EXCEPTION_GROUP) {
            throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nestedBase && cls.isSubclassOf(BuiltinTypes.EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '%s'", cls.getName());
        }
        PBaseException group = (PBaseException) Instantiation.allocate(type);
        group.setArgs(args);
        group.initGroup((String) message, new PTuple(items));
        return group;
    }

    /** {@code ExceptionGroup('', [e1, e2])}: the group except* makes of a naked exception and of new exceptions. */
    public static PBaseException plainGroup(Object[] exceptions, boolean tupleArgument) {
        Object excs = tupleArgument ? new PTuple(exceptions) : new PList(exceptions);
        return create(BuiltinTypes.BASE_EXCEPTION_GROUP, new PTuple(new Object[]{"", excs}));
    }

    /** {@code str(group)}: "message (2 sub-exceptions)". */
    public static String str(PBaseException group) {
        int n = members(group).size();
        return group.getGroupMessage() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** {@code derive(excs)}: a group with this one's message, of the class BaseExceptionGroup chooses. */
    public static Object derive(PBaseException group, Object excs) {
        return Calls.call(BuiltinTypes.BASE_EXCEPTION_GROUP, new Object[]{group.getGroupMessage(), excs});
    }

    /** What split/subgroup test each exception with: exception types, a Python function, or leaves by identity. */
    private interface Matcher {
        boolean matches(PBaseException exc);
    }

    /** The argument of split/subgroup: a function, an exception type or a tuple of exception types. */
    private static Matcher matcher(Object value) {
        if (value instanceof PFunction) {
            return e -> Truth.isTrue(Calls.call(value, new Object[]{e}));
        }
        if (isExceptionClass(value)) {
            return e -> e.getPythonClass().isSubclassOf((PythonClass) value);
        }
        if (value instanceof PTuple tuple && TypeOf.classOf(tuple) == BuiltinTypes.TUPLE) {
            for (Object t : tuple.getItems()) {
                if (!isExceptionClass(t)) {
                    throw badMatcher();
                }
            }
            return e -> {
                for (Object t : tuple.getItems()) {
                    if (e.getPythonClass().isSubclassOf((PythonClass) t)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw badMatcher();
    }

    private static PException badMatcher() {
        return Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isExceptionClass(Object o) {
        return o instanceof PythonClass c && c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION);
    }

    /** The two parts of a split; either is null when empty. */
    public record Split(PBaseException match, PBaseException rest) {
    }

    public static Split split(PBaseException group, Object matcherValue) {
        return split(group, matcher(matcherValue), true);
    }

    public static PBaseException subgroup(PBaseException group, Object matcherValue) {
        return split(group, matcher(matcherValue), false).match();
    }

    /** The group itself is tested first (a whole match returns it); then each member, recursively. */
    private static Split split(PBaseException exc, Matcher matcher, boolean withRest) {
        if (matcher.matches(exc)) {
            return new Split(exc, null);
        }
        if (!isGroup(exc)) {
            return new Split(null, withRest ? exc : null);
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object member : members(exc).getItems()) {
            Split part = split((PBaseException) member, matcher, withRest);
            if (part.match() != null) {
                matched.add(part.match());
            }
            if (part.rest() != null) {
                rest.add(part.rest());
            }
        }
        return new Split(subset(exc, matched), withRest ? subset(exc, rest) : null);
    }

    /** A part of {@code original} made by its {@code derive}, with its traceback, cause, context and a copy of its notes. */
    private static PBaseException subset(PBaseException original, List<Object> exceptions) {
        if (exceptions.isEmpty()) {
            return null;
        }
        Object derived = Calls.callMethod(original, "derive", new PList(exceptions.toArray()));
        if (!isGroup(derived)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PBaseException part = (PBaseException) derived;
        Object tb = original.getTraceback();
        if (tb != PNone.NONE) {
            part.setTraceback(tb);
        }
        part.setContext(original.getContext());
        part.setCause(original.getCause());
        Object notes = Attributes.getOwn(original, "__notes__");
        if (notes != null && !(notes instanceof PDict) && TypeOf.classOf(notes).lookup("__getitem__") != null) {
            Attributes.putOwn(part, "__notes__", new PList(Iteration.toArray(notes)));
        }
        return part;
    }

    /**
     * The part of {@code group} whose leaves are leaves of the {@code kept} exceptions, in the group's own nesting (how
     * except* re-raises what its handlers re-raised and what no clause matched); null when nothing is kept.
     */
    public static PBaseException projection(PBaseException group, List<PBaseException> kept) {
        Set<PBaseException> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PBaseException e : kept) {
            collectLeaves(e, leaves);
        }
        return split(group, e -> !isGroup(e) && leaves.contains(e), false).match();
    }

    private static void collectLeaves(PBaseException exc, Set<PBaseException> leaves) {
        if (isGroup(exc)) {
            for (Object member : members(exc).getItems()) {
                collectLeaves((PBaseException) member, leaves);
            }
        } else {
            leaves.add(exc);
        }
    }
}
