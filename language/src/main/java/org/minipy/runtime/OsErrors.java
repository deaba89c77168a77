package org.minipy.runtime;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Raising {@code OSError} and its subclasses the way CPython does: the exception's args are {@code (errno, strerror)},
 * and {@code errno}, {@code strerror} and {@code filename} are attributes, so {@code str(e)} reads
 * {@code [Errno 2] No such file or directory: 'x'}. Also maps Java's I/O exceptions to the matching Python class.
 */
public final class OsErrors {
    private OsErrors() {
    }

    public static final int ENOENT = 2;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int ENOTEMPTY = 39;
    public static final int EIO = 5;

    /** The class CPython picks for an errno (FileNotFoundError for ENOENT, ...), Linux's numbers. */
    public static PythonClass classFor(long errno) {
        switch ((int) errno) {
            case ENOENT:
                return BuiltinTypes.FILE_NOT_FOUND_ERROR;
            case 1: // EPERM
            case EACCES:
                return BuiltinTypes.PERMISSION_ERROR;
            case EEXIST:
                return BuiltinTypes.FILE_EXISTS_ERROR;
            case ENOTDIR:
                return BuiltinTypes.NOT_A_DIRECTORY_ERROR;
            case EISDIR:
                return BuiltinTypes.IS_A_DIRECTORY_ERROR;
            case 3: // ESRCH
                return BuiltinTypes.PROCESS_LOOKUP_ERROR;
            case 4: // EINTR
                return BuiltinTypes.INTERRUPTED_ERROR;
            case 10: // ECHILD
                return BuiltinTypes.CHILD_PROCESS_ERROR;
            case 11: // EAGAIN, EWOULDBLOCK
            case 114: // EALREADY
            case 115: // EINPROGRESS
                return BuiltinTypes.BLOCKING_IO_ERROR;
            case 32: // EPIPE
            case 108: // ESHUTDOWN
                return BuiltinTypes.BROKEN_PIPE_ERROR;
            case 103:
                return BuiltinTypes.CONNECTION_ABORTED_ERROR;
            case 104:
                return BuiltinTypes.CONNECTION_RESET_ERROR;
            case 110:
                return BuiltinTypes.TIMEOUT_ERROR;
            case 111:
                return BuiltinTypes.CONNECTION_REFUSED_ERROR;
            default:
                return BuiltinTypes.OS_ERROR;
        }
    }

    /** The C library's message for an errno, as {@code os.strerror} gives it on Linux. */
    public static String strerror(int errno) {
        switch (errno) {
            case ENOENT:
                return "No such file or directory";
            case EACCES:
                return "Permission denied";
            case EEXIST:
                return "File exists";
            case ENOTDIR:
                return "Not a directory";
            case EISDIR:
                return "Is a directory";
            case ENOTEMPTY:
                return "Directory not empty";
            case EIO:
                return "Input/output error";
            default:
                return "Unknown error " + errno;
        }
    }

    /** An OSError (of the class matching {@code errno}) with args {@code (errno, strerror)} and a filename, or None. */
    @TruffleBoundary
    public static PBaseException newOsError(int errno, String strerror, Object filename) {
        PBaseException e = new PBaseException(classFor(errno), new PTuple(new Object[]{(long) errno, strerror}));
        setAttributes(e, (long) errno, strerror, filename);
        return e;
    }

    @TruffleBoundary
    public static PException raise(int errno, Object filename) {
        return new PException(newOsError(errno, strerror(errno), filename), null);
    }

    /** {@code FileNotFoundError: [Errno 2] No such file or directory: 'name'}. */
    public static PException fileNotFound(String filename) {
        return raise(ENOENT, filename);
    }

    /**
     * Translates a Java I/O failure on {@code filename} into the Python exception CPython would raise, so guest code
     * never sees a Java exception.
     */
    @TruffleBoundary
    public static PException fromIOException(java.io.IOException e, Object filename) {
        int errno;
        if (e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException && isMissing(e)) {
            errno = ENOENT;
        } else if (e instanceof AccessDeniedException || e.getMessage() != null && e.getMessage().contains("Permission denied")) {
            errno = EACCES;
        } else if (e instanceof FileAlreadyExistsException) {
            errno = EEXIST;
        } else if (e instanceof NotDirectoryException || e.getMessage() != null && e.getMessage().contains("Not a directory")) {
            errno = ENOTDIR;
        } else if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            errno = EISDIR;
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = ENOTEMPTY;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return new PException(newOsError(EIO, fse.getReason(), filename), null);
        } else {
            return new PException(newOsError(EIO, e.getMessage() == null ? strerror(EIO) : e.getMessage(), filename), null);
        }
        return raise(errno, filename);
    }

    private static boolean isMissing(java.io.IOException e) {
        String m = e.getMessage();
        return m == null || m.contains("No such file");
    }

    /** Sets {@code errno}, {@code strerror}, {@code filename} as instance attributes of the exception object. */
    @TruffleBoundary
    public static void setAttributes(PBaseException e, Object errno, Object strerror, Object filename) {
        Attributes.putOwn(e, "errno", errno);
        Attributes.putOwn(e, "strerror", strerror);
        Attributes.putOwn(e, "filename", filename);
    }

    /**
     * {@code str()} of an OSError: {@code [Errno 2] No such file or directory: 'x'} when it has an errno and strerror
     * (and a filename), else null — the caller then uses the generic exception message.
     */
    @TruffleBoundary
    public static String message(PBaseException e) {
        Object errno = Attributes.getOwn(e, "errno");
        Object strerror = Attributes.getOwn(e, "strerror");
        if (errno == null || strerror == null || errno == PNone.NONE && strerror == PNone.NONE) {
            return null;
        }
        Object filename = Attributes.getOwn(e, "filename");
        String head = "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror);
        if (filename != null && filename != PNone.NONE) {
            Object filename2 = Attributes.getOwn(e, "filename2");
            String tail = filename2 != null && filename2 != PNone.NONE ? " -> " + Repr.repr(filename2) : "";
            return head + ": " + Repr.repr(filename) + tail;
        }
        return head;
    }
}
