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
    public static final int EINVAL = 22;

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

    /** The C library's message for an errno, as {@code os.strerror} gives it on Linux (glibc's words). */
    public static String strerror(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted"; // EPERM
            case 2 -> "No such file or directory"; // ENOENT
            case 3 -> "No such process"; // ESRCH
            case 4 -> "Interrupted system call"; // EINTR
            case 5 -> "Input/output error"; // EIO
            case 6 -> "No such device or address"; // ENXIO
            case 7 -> "Argument list too long"; // E2BIG
            case 8 -> "Exec format error"; // ENOEXEC
            case 9 -> "Bad file descriptor"; // EBADF
            case 10 -> "No child processes"; // ECHILD
            case 11 -> "Resource temporarily unavailable"; // EAGAIN
            case 12 -> "Cannot allocate memory"; // ENOMEM
            case 13 -> "Permission denied"; // EACCES
            case 14 -> "Bad address"; // EFAULT
            case 15 -> "Block device required"; // ENOTBLK
            case 16 -> "Device or resource busy"; // EBUSY
            case 17 -> "File exists"; // EEXIST
            case 18 -> "Invalid cross-device link"; // EXDEV
            case 19 -> "No such device"; // ENODEV
            case 20 -> "Not a directory"; // ENOTDIR
            case 21 -> "Is a directory"; // EISDIR
            case 22 -> "Invalid argument"; // EINVAL
            case 23 -> "Too many open files in system"; // ENFILE
            case 24 -> "Too many open files"; // EMFILE
            case 25 -> "Inappropriate ioctl for device"; // ENOTTY
            case 26 -> "Text file busy"; // ETXTBSY
            case 27 -> "File too large"; // EFBIG
            case 28 -> "No space left on device"; // ENOSPC
            case 29 -> "Illegal seek"; // ESPIPE
            case 30 -> "Read-only file system"; // EROFS
            case 31 -> "Too many links"; // EMLINK
            case 32 -> "Broken pipe"; // EPIPE
            case 33 -> "Numerical argument out of domain"; // EDOM
            case 34 -> "Numerical result out of range"; // ERANGE
            case 35 -> "Resource deadlock avoided"; // EDEADLOCK
            case 36 -> "File name too long"; // ENAMETOOLONG
            case 37 -> "No locks available"; // ENOLCK
            case 38 -> "Function not implemented"; // ENOSYS
            case 39 -> "Directory not empty"; // ENOTEMPTY
            case 40 -> "Too many levels of symbolic links"; // ELOOP
            case 104 -> "Connection reset by peer"; // ECONNRESET
            case 110 -> "Connection timed out"; // ETIMEDOUT
            case 111 -> "Connection refused"; // ECONNREFUSED
            case 113 -> "No route to host"; // EHOSTUNREACH
            default -> "Unknown error " + errno;
        };
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
