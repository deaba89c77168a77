package org.minipy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minipy.runtime.PythonClass.Layout;

/**
 * The builtin classes, created once per JVM and never changed after set-up (their attributes are filled in by
 * {@code org.minipy.builtins.BuiltinClassSetup}), so sharing them between contexts and threads is safe. The exception
 * hierarchy is CPython 3.11's.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    /** Every builtin class by name, in creation order: the {@code builtins} module exports these. */
    public static final Map<String, PythonClass> ALL = new LinkedHashMap<>();

    public static final PythonClass OBJECT = make("object", Layout.OBJECT);
    public static final PythonClass TYPE = make("type", Layout.OBJECT, OBJECT);
    public static final PythonClass INT = make("int", Layout.NONE, OBJECT);
    public static final PythonClass BOOL = make("bool", Layout.NONE, INT);
    public static final PythonClass FLOAT = make("float", Layout.NONE, OBJECT);
    public static final PythonClass STR = make("str", Layout.NONE, OBJECT);
    public static final PythonClass BYTES = make("bytes", Layout.NONE, OBJECT);
    public static final PythonClass BYTEARRAY = make("bytearray", Layout.NONE, OBJECT);
    /** Names only, like bytearray: isinstance(x, (int, float, complex)) works, making one is refused. */
    public static final PythonClass COMPLEX = make("complex", Layout.NONE, OBJECT);
    public static final PythonClass MEMORYVIEW = make("memoryview", Layout.NONE, OBJECT);
    public static final PythonClass LIST = make("list", Layout.LIST, OBJECT);
    public static final PythonClass TUPLE = make("tuple", Layout.TUPLE, OBJECT);
    public static final PythonClass DICT = make("dict", Layout.DICT, OBJECT);
    public static final PythonClass SET = make("set", Layout.SET, OBJECT);
    public static final PythonClass FROZENSET = make("frozenset", Layout.SET, OBJECT);
    public static final PythonClass RANGE = make("range", Layout.NONE, OBJECT);
    public static final PythonClass SLICE = make("slice", Layout.NONE, OBJECT);
    public static final PythonClass NONE_TYPE = hidden("NoneType", OBJECT);
    public static final PythonClass NOT_IMPLEMENTED_TYPE = hidden("NotImplementedType", OBJECT);
    public static final PythonClass ELLIPSIS_TYPE = hidden("ellipsis", OBJECT);
    public static final PythonClass FUNCTION = hidden("function", OBJECT);
    public static final PythonClass BUILTIN_FUNCTION = hidden("builtin_function_or_method", OBJECT);
    public static final PythonClass METHOD = hidden("method", OBJECT);
    public static final PythonClass MODULE = hidden("module", OBJECT);
    public static final PythonClass CELL = hidden("cell", OBJECT);
    public static final PythonClass GENERATOR = hidden("generator", OBJECT);
    public static final PythonClass COROUTINE = hidden("coroutine", OBJECT);
    public static final PythonClass ITERATOR = hidden("iterator", OBJECT);
    public static final PythonClass LIST_ITERATOR = hidden("list_iterator", OBJECT);
    public static final PythonClass TUPLE_ITERATOR = hidden("tuple_iterator", OBJECT);
    public static final PythonClass BYTES_ITERATOR = hidden("bytes_iterator", OBJECT);
    public static final PythonClass RANGE_ITERATOR = hidden("range_iterator", OBJECT);
    public static final PythonClass STR_ASCII_ITERATOR = hidden("str_ascii_iterator", OBJECT);
    public static final PythonClass STR_ITERATOR = hidden("str_iterator", OBJECT);
    public static final PythonClass DICT_KEY_ITERATOR = hidden("dict_keyiterator", OBJECT);
    public static final PythonClass DICT_VALUE_ITERATOR = hidden("dict_valueiterator", OBJECT);
    public static final PythonClass DICT_ITEM_ITERATOR = hidden("dict_itemiterator", OBJECT);
    public static final PythonClass SET_ITERATOR = hidden("set_iterator", OBJECT);
    /** The Java-implemented iterator classes above: {@code __iter__} returns self, {@code __next__} the next element. */
    public static final PythonClass[] ITERATORS = {ITERATOR, LIST_ITERATOR, TUPLE_ITERATOR, BYTES_ITERATOR, RANGE_ITERATOR,
                    STR_ASCII_ITERATOR, STR_ITERATOR, DICT_KEY_ITERATOR, DICT_VALUE_ITERATOR, DICT_ITEM_ITERATOR, SET_ITERATOR};
    public static final PythonClass TRACEBACK = hidden("traceback", OBJECT);
    public static final PythonClass PROPERTY = make("property", Layout.NONE, OBJECT);
    public static final PythonClass STATICMETHOD = make("staticmethod", Layout.NONE, OBJECT);
    public static final PythonClass CLASSMETHOD = make("classmethod", Layout.NONE, OBJECT);
    public static final PythonClass CODE = hidden("code", OBJECT);
    public static final PythonClass MEMBER_DESCRIPTOR = hidden("member_descriptor", OBJECT);
    public static final PythonClass GETSET_DESCRIPTOR = hidden("getset_descriptor", OBJECT);
    public static final PythonClass SUPER = make("super", Layout.NONE, OBJECT);
    public static final PythonClass FILE = inModule("_io", hidden("TextIOWrapper", OBJECT));

    static {
        FILE.setMessageName("_io.TextIOWrapper"); // messages name the C type: '_io.TextIOWrapper' object has no attribute
    }

    public static final PythonClass BASE_EXCEPTION = make("BaseException", Layout.EXCEPTION, OBJECT);
    public static final PythonClass GENERATOR_EXIT = make("GeneratorExit", Layout.EXCEPTION, BASE_EXCEPTION);
    public static final PythonClass KEYBOARD_INTERRUPT = make("KeyboardInterrupt", Layout.EXCEPTION, BASE_EXCEPTION);
    public static final PythonClass SYSTEM_EXIT = make("SystemExit", Layout.EXCEPTION, BASE_EXCEPTION);
    public static final PythonClass EXCEPTION = make("Exception", Layout.EXCEPTION, BASE_EXCEPTION);
    /** PEP 654: a group of exceptions raised together (runtime/ExceptionGroups); ExceptionGroup holds only Exceptions. */
    public static final PythonClass BASE_EXCEPTION_GROUP = make("BaseExceptionGroup", Layout.EXCEPTION, BASE_EXCEPTION);
    public static final PythonClass EXCEPTION_GROUP = make("ExceptionGroup", Layout.EXCEPTION, BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PythonClass ARITHMETIC_ERROR = make("ArithmeticError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass FLOATING_POINT_ERROR = make("FloatingPointError", Layout.EXCEPTION, ARITHMETIC_ERROR);
    public static final PythonClass OVERFLOW_ERROR = make("OverflowError", Layout.EXCEPTION, ARITHMETIC_ERROR);
    public static final PythonClass ZERO_DIVISION_ERROR = make("ZeroDivisionError", Layout.EXCEPTION, ARITHMETIC_ERROR);
    public static final PythonClass ASSERTION_ERROR = make("AssertionError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass ATTRIBUTE_ERROR = make("AttributeError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass BUFFER_ERROR = make("BufferError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass EOF_ERROR = make("EOFError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass IMPORT_ERROR = make("ImportError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", Layout.EXCEPTION, IMPORT_ERROR);
    public static final PythonClass LOOKUP_ERROR = make("LookupError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass INDEX_ERROR = make("IndexError", Layout.EXCEPTION, LOOKUP_ERROR);
    public static final PythonClass KEY_ERROR = make("KeyError", Layout.EXCEPTION, LOOKUP_ERROR);
    public static final PythonClass MEMORY_ERROR = make("MemoryError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass NAME_ERROR = make("NameError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass UNBOUND_LOCAL_ERROR = make("UnboundLocalError", Layout.EXCEPTION, NAME_ERROR);
    public static final PythonClass OS_ERROR = make("OSError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass FILE_NOT_FOUND_ERROR = make("FileNotFoundError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass FILE_EXISTS_ERROR = make("FileExistsError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass IS_A_DIRECTORY_ERROR = make("IsADirectoryError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass PERMISSION_ERROR = make("PermissionError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass TIMEOUT_ERROR = make("TimeoutError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass INTERRUPTED_ERROR = make("InterruptedError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass CONNECTION_ERROR = make("ConnectionError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass BROKEN_PIPE_ERROR = make("BrokenPipeError", Layout.EXCEPTION, CONNECTION_ERROR);
    public static final PythonClass CONNECTION_ABORTED_ERROR = make("ConnectionAbortedError", Layout.EXCEPTION, CONNECTION_ERROR);
    public static final PythonClass CONNECTION_REFUSED_ERROR = make("ConnectionRefusedError", Layout.EXCEPTION, CONNECTION_ERROR);
    public static final PythonClass CONNECTION_RESET_ERROR = make("ConnectionResetError", Layout.EXCEPTION, CONNECTION_ERROR);
    public static final PythonClass BLOCKING_IO_ERROR = make("BlockingIOError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass CHILD_PROCESS_ERROR = make("ChildProcessError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass PROCESS_LOOKUP_ERROR = make("ProcessLookupError", Layout.EXCEPTION, OS_ERROR);
    public static final PythonClass REFERENCE_ERROR = make("ReferenceError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass RUNTIME_ERROR = make("RuntimeError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass NOT_IMPLEMENTED_ERROR = make("NotImplementedError", Layout.EXCEPTION, RUNTIME_ERROR);
    public static final PythonClass RECURSION_ERROR = make("RecursionError", Layout.EXCEPTION, RUNTIME_ERROR);
    public static final PythonClass STOP_ASYNC_ITERATION = make("StopAsyncIteration", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass STOP_ITERATION = make("StopIteration", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass SYNTAX_ERROR = make("SyntaxError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass INDENTATION_ERROR = make("IndentationError", Layout.EXCEPTION, SYNTAX_ERROR);
    public static final PythonClass TAB_ERROR = make("TabError", Layout.EXCEPTION, INDENTATION_ERROR);
    public static final PythonClass SYSTEM_ERROR = make("SystemError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass TYPE_ERROR = make("TypeError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass VALUE_ERROR = make("ValueError", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass UNICODE_ERROR = make("UnicodeError", Layout.EXCEPTION, VALUE_ERROR);
    public static final PythonClass UNICODE_DECODE_ERROR = make("UnicodeDecodeError", Layout.EXCEPTION, UNICODE_ERROR);
    public static final PythonClass UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", Layout.EXCEPTION, UNICODE_ERROR);
    public static final PythonClass UNICODE_TRANSLATE_ERROR = make("UnicodeTranslateError", Layout.EXCEPTION, UNICODE_ERROR);
    public static final PythonClass WARNING = make("Warning", Layout.EXCEPTION, EXCEPTION);
    public static final PythonClass USER_WARNING = make("UserWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass DEPRECATION_WARNING = make("DeprecationWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass RUNTIME_WARNING = make("RuntimeWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass SYNTAX_WARNING = make("SyntaxWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass FUTURE_WARNING = make("FutureWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass PENDING_DEPRECATION_WARNING = make("PendingDeprecationWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass IMPORT_WARNING = make("ImportWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass UNICODE_WARNING = make("UnicodeWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass BYTES_WARNING = make("BytesWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass RESOURCE_WARNING = make("ResourceWarning", Layout.EXCEPTION, WARNING);
    public static final PythonClass ENCODING_WARNING = make("EncodingWarning", Layout.EXCEPTION, WARNING);

    private static PythonClass make(String name, Layout layout, PythonClass... bases) {
        PythonClass cls = new PythonClass(name, bases, true, layout);
        ALL.put(name, cls);
        return cls;
    }

    /** A builtin class that the {@code builtins} module does not export by name (as in CPython). */
    /** A builtin class that CPython names with its module, e.g. {@code <class '_io.TextIOWrapper'>}. */
    public static PythonClass inModule(String module, PythonClass cls) {
        cls.define("__module__", module);
        return cls;
    }

    private static PythonClass hidden(String name, PythonClass base) {
        return new PythonClass(name, new PythonClass[]{base}, true, Layout.NONE);
    }
}
