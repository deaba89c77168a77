package org.minipy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code None}: one immutable singleton, shared by every context and thread. */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {
    public static final PNone NONE = new PNone();

    private PNone() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "None";
    }
}
