package org.minipy.bytecode;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.ExceptionGroups;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

/**
 * {@code try: ... except* T: ...} (PEP 654), with CPython 3.11's semantics: each clause in turn takes the part of
 * the still unhandled exceptions that matches (a naked exception is wrapped in {@code ExceptionGroup('', (exc,))}),
 * and its handler runs with that part as the handled exception; at the end, what the handlers re-raised and what no
 * clause matched are put back into the original group's nesting, and exceptions the handlers raised are gathered
 * with it into {@code ExceptionGroup('', [...])}. The bookkeeping lives in a {@link State} in a local of the frame;
 * all of it is off the fast path (only code with except* reaches it).
 */
public final class ExceptStarOperations {
    private ExceptStarOperations() {
    }

    /** One except* statement's progress while its clauses run. */
    public static final class State {
        final Object caught;
        /** What no clause has matched yet; null once everything matched. */
        PBaseException rest;
        /** The current clause's match, as the exception its handler handles. */
        PException match;
        /** Exceptions that escaped the handlers, in clause order. */
        final List<PException> raised = new ArrayList<>();

        State(Object caught) {
            this.caught = caught;
            this.rest = caught instanceof PException e ? e.getPythonException() : null;
        }

        boolean naked() {
            return !(caught instanceof PException e) || !ExceptionGroups.isGroup(e.getPythonException());
        }
    }

    @OperationProxy.Proxyable
    public abstract static class ExceptStarBegin extends Node {
        public abstract Object execute(Object caught);

        @Specialization
        static Object begin(Object caught) {
            return new State(caught);
        }
    }

    /** Checks the clause's type and takes the matching part of the rest; true when there is one (see current). */
    @OperationProxy.Proxyable
    public abstract static class ExceptStarMatch extends Node {
        public abstract boolean execute(Object state, Object type);

        @Specialization
        static boolean match(Object state, Object type, @Bind Node node) {
            return takeMatch((State) state, type, node);
        }
    }

    /** The current clause's match: what its handler handles (its name is bound to the group). */
    @OperationProxy.Proxyable
    public abstract static class ExceptStarCurrent extends Node {
        public abstract Object execute(Object state);

        @Specialization
        static Object current(Object state) {
            return ((State) state).match;
        }
    }

    /** An exception that escaped a handler: kept for the end (anything that is not a Python exception goes on). */
    @OperationProxy.Proxyable
    public abstract static class ExceptStarRaised extends Node {
        public abstract void execute(Object state, Object raised);

        @Specialization
        static void raised(Object state, Object raised) {
            if (!(raised instanceof PException e)) {
                throw (RuntimeException) raised;
            }
            add((State) state, e);
        }
    }

    /** After the last clause: raises what is left (re-raised, unmatched, new), or returns when nothing is. */
    @OperationProxy.Proxyable
    public abstract static class ExceptStarEnd extends Node {
        public abstract void execute(Object state);

        @Specialization
        static void end(Object state, @Bind Node node) {
            PException result = result((State) state, node);
            if (result != null) {
                throw result;
            }
        }
    }

    @TruffleBoundary
    private static void add(State state, PException e) {
        state.raised.add(e);
    }

    @TruffleBoundary
    private static boolean takeMatch(State state, Object type, Node node) {
        checkType(type);
        state.match = null;
        PBaseException rest = state.rest;
        if (rest == null) {
            return false;
        }
        PBaseException match;
        if (matches(rest, type)) {
            state.rest = null;
            if (ExceptionGroups.isGroup(rest)) {
                match = rest;
            } else {
                // A naked exception is handled as a group of one, which has no traceback of its own.
                PException wrapped = new PException(ExceptionGroups.plainGroup(new Object[]{rest}, true), node);
                state.match = wrapped.notRecordedHere();
                return true;
            }
        } else if (ExceptionGroups.isGroup(rest)) {
            Object split = Calls.callMethod(rest, "split", type);
            Object[] parts = split instanceof PTuple t && t.size() == 2 ? t.getItems() : null;
            if (parts == null) {
                throw Errors.typeError("split must return a 2-tuple");
            }
            if (parts[0] == PNone.NONE) {
                return false;
            }
            match = (PBaseException) parts[0];
            state.rest = parts[1] == PNone.NONE ? null : (PBaseException) parts[1];
        } else {
            return false;
        }
        state.match = asCaught(match, (PException) state.caught, node, true);
        return true;
    }

    /**
     * A part of the caught group as a caught exception whose frames are the group's (a bare raise in this frame adds
     * none). For a handler ({@code keepTraceback}) its {@code __traceback__} stays the group's own object, which is
     * how the end tells a re-raise from a new raise; one raised at the end follows the frames it goes through.
     */
    private static PException asCaught(PBaseException part, PException caught, Node node, boolean keepTraceback) {
        Object traceback = part.getTraceback();
        PException e = new PException(part, node);
        e.inheritTraceback(caught.getTraceback());
        if (keepTraceback && traceback != PNone.NONE) {
            part.setTraceback(traceback);
        }
        return e;
    }

    /** CPython's checks of an except* clause's type: exception classes, and no exception groups. */
    private static void checkType(Object type) {
        Object[] types = type instanceof PTuple t ? t.getItems() : new Object[]{type};
        for (Object t : types) {
            if (!(t instanceof PythonClass cls) || !cls.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (Object t : types) {
            if (((PythonClass) t).isSubclassOf(BuiltinTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    private static boolean matches(PBaseException exc, Object type) {
        Object[] types = type instanceof PTuple t ? t.getItems() : new Object[]{type};
        for (Object t : types) {
            if (exc.getPythonClass().isSubclassOf((PythonClass) t)) {
                return true;
            }
        }
        return false;
    }

    /** CPython's _PyExc_PrepReraiseStar. The result is re-raised without an entry for this frame, as RERAISE does. */
    @TruffleBoundary
    private static PException result(State state, Node node) {
        if (!(state.caught instanceof PException caught)) {
            throw (RuntimeException) state.caught;
        }
        if (state.naked()) {
            // at most one clause ran, and what it raised (or the exception, when none matched) goes on as it is
            PException e = !state.raised.isEmpty() ? state.raised.get(0) : state.rest != null ? caught : null;
            return e == null ? null : e.notRecordedHere();
        }
        PBaseException original = caught.getPythonException();
        List<PBaseException> reraised = new ArrayList<>();
        List<PException> fresh = new ArrayList<>();
        for (PException e : state.raised) {
            if (sameMetadata(e.getPythonException(), original)) {
                reraised.add(e.getPythonException());
            } else {
                fresh.add(e);
            }
        }
        if (state.rest != null) {
            reraised.add(state.rest);
        }
        PBaseException projection = reraised.isEmpty() ? null : ExceptionGroups.projection(original, reraised);
        if (fresh.isEmpty()) {
            return projection == null ? null : asCaught(projection, caught, node, false).notRecordedHere();
        }
        if (fresh.size() == 1 && projection == null) {
            return fresh.get(0).notRecordedHere();
        }
        List<Object> members = new ArrayList<>();
        for (PException e : fresh) {
            members.add(e.getPythonException());
        }
        if (projection != null) {
            members.add(projection);
        }
        return new PException(ExceptionGroups.plainGroup(members.toArray(), false), node).notRecordedHere();
    }

    /** A re-raise of (a part of) the caught group keeps its traceback, cause and context; a new raise does not. */
    private static boolean sameMetadata(PBaseException e, PBaseException original) {
        return e.getTraceback() == original.getTraceback() && e.getCause() == original.getCause() && e.getContext() == original.getContext();
    }
}
