package org.minipy.modules;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

import org.minipy.runtime.Errors;
import org.minipy.runtime.OsErrors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.TypeOf;

/**
 * {@code _os}: the operating-system primitives under MiniPy's {@code os} module (written in Python,
 * {@code lib/os.py}): the process ({@code getpid getppid cpu_count}), the environment, the working directory, and
 * the file system through Truffle's {@link TruffleFile} (so relative paths follow the context's working directory):
 * {@code stat listdir mkdir rmdir remove rename}. Failures raise CPython's {@code OSError} subclasses with
 * {@code [Errno N] message: 'path'}.
 */
public final class OsModule {
    private OsModule() {
    }

    @TruffleBoundary
    public static PModule create() {
        PModule os = new PModule("_os");
        add(os, PBuiltinFunction.create("getpid()", a -> ProcessHandle.current().pid()));
        add(os, PBuiltinFunction.create("getppid()", a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        add(os, PBuiltinFunction.create("cpu_count()", a -> (long) Runtime.getRuntime().availableProcessors()));
        // os._exit(n): ends the process at once, without exit handlers or flushing Python's buffers, as in CPython
        add(os, PBuiltinFunction.create("_exit(status, /)", a -> {
            Runtime.getRuntime().halt((int) org.minipy.runtime.Sequences.asIndex(a[0], "integer"));
            return PNone.NONE;
        }));
        add(os, PBuiltinFunction.create("environ()", a -> environ()));
        add(os, PBuiltinFunction.create("getcwd()", a -> cwd()));
        add(os, PBuiltinFunction.create("chdir(path, /)", a -> {
            chdir(path(a[0]));
            return PNone.NONE;
        }));
        add(os, PBuiltinFunction.create("stat(path, /)", a -> stat(path(a[0]))));
        add(os, PBuiltinFunction.create("listdir(path, /)", a -> listdir(path(a[0]))));
        add(os, PBuiltinFunction.create("mkdir(path, /)", a -> {
            mkdir(path(a[0]));
            return PNone.NONE;
        }));
        add(os, PBuiltinFunction.create("rmdir(path, /)", a -> {
            remove(path(a[0]), true);
            return PNone.NONE;
        }));
        add(os, PBuiltinFunction.create("remove(path, /)", a -> {
            remove(path(a[0]), false);
            return PNone.NONE;
        }));
        add(os, PBuiltinFunction.create("rename(src, dst, /)", a -> {
            rename(path(a[0]), path(a[1]));
            return PNone.NONE;
        }));
        add(os, PBuiltinFunction.create("urandom(size, /)", a -> urandom(a[0])));
        add(os, PBuiltinFunction.create("strerror(code, /)", a -> OsErrors.strerror((int) (long) (Long) a[0])));
        return os;
    }

    private static void add(PModule module, PBuiltinFunction fn) {
        fn.setQualifiedName("os." + fn.getName());
        module.setGlobal(fn.getName(), fn);
    }

    /** A path argument: a str (os.PathLike objects are converted by os.py before they get here). */
    private static String path(Object value) {
        if (value instanceof String s) {
            if (s.indexOf('\0') >= 0) {
                throw Errors.valueError("embedded null byte");
            }
            return s;
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", TypeOf.nameOf(value));
    }

    private static TruffleFile file(String path) {
        // made absolute against the context's working directory (os.chdir): some TruffleFile operations on a relative
        // file (exists with NOFOLLOW_LINKS, delete) resolve it against the JVM's directory instead
        return PythonContext.get().getEnv().getPublicTruffleFile(path).getAbsoluteFile();
    }

    @TruffleBoundary
    private static PDict environ() {
        PDict d = new PDict();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }

    @TruffleBoundary
    private static String cwd() {
        TruffleFile dir = PythonContext.get().getEnv().getCurrentWorkingDirectory();
        return dir.getAbsoluteFile().normalize().getPath();
    }

    @TruffleBoundary
    private static void chdir(String path) {
        TruffleFile dir = file(path);
        if (!dir.exists()) {
            throw OsErrors.fileNotFound(path);
        }
        if (!dir.isDirectory()) {
            throw OsErrors.raise(OsErrors.ENOTDIR, path);
        }
        PythonContext.get().getEnv().setCurrentWorkingDirectory(dir.getAbsoluteFile().normalize());
    }

    /**
     * The fields of {@code os.stat_result} that os.py builds its object from: (st_mode, st_ino, st_dev, st_nlink,
     * st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime), the times as float seconds.
     */
    @TruffleBoundary
    private static PTuple stat(String path) {
        TruffleFile f = file(path);
        try {
            long mode;
            long ino = 0;
            long dev = 0;
            long nlink = 1;
            long uid = 0;
            long gid = 0;
            double ctime;
            try {
                mode = f.getAttribute(TruffleFile.UNIX_MODE);
                ino = f.getAttribute(TruffleFile.UNIX_INODE);
                dev = f.getAttribute(TruffleFile.UNIX_DEV);
                nlink = f.getAttribute(TruffleFile.UNIX_NLINK);
                uid = f.getAttribute(TruffleFile.UNIX_UID);
                gid = f.getAttribute(TruffleFile.UNIX_GID);
                ctime = seconds(f.getAttribute(TruffleFile.UNIX_CTIME));
            } catch (UnsupportedOperationException e) {
                mode = f.isDirectory() ? 0040755 : 0100644;
                ctime = seconds(f.getLastModifiedTime());
            }
            long size = f.getAttribute(TruffleFile.SIZE);
            double atime = seconds(f.getLastAccessTime());
            double mtime = seconds(f.getLastModifiedTime());
            return new PTuple(new Object[]{mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime});
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path);
        } catch (SecurityException e) {
            throw OsErrors.raise(OsErrors.EACCES, path);
        }
    }

    private static double seconds(java.nio.file.attribute.FileTime time) {
        java.time.Instant i = time.toInstant();
        return i.getEpochSecond() + i.getNano() / 1e9;
    }

    @TruffleBoundary
    private static PList listdir(String path) {
        TruffleFile dir = file(path);
        if (dir.exists(LinkOption.NOFOLLOW_LINKS) && !dir.isDirectory()) {
            throw OsErrors.raise(OsErrors.ENOTDIR, path);
        }
        try {
            List<Object> names = new ArrayList<>();
            for (TruffleFile child : dir.list()) {
                names.add(child.getName());
            }
            return new PList(names.toArray());
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path);
        }
    }

    @TruffleBoundary
    private static void mkdir(String path) {
        TruffleFile dir = file(path);
        if (dir.exists(LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.raise(OsErrors.EEXIST, path);
        }
        try {
            dir.createDirectory();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path);
        }
    }

    @TruffleBoundary
    private static void remove(String path, boolean directory) {
        TruffleFile f = file(path);
        if (!f.exists(LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.fileNotFound(path);
        }
        boolean isDir = f.isDirectory(LinkOption.NOFOLLOW_LINKS);
        if (directory && !isDir) {
            throw OsErrors.raise(OsErrors.ENOTDIR, path);
        } else if (!directory && isDir) {
            throw OsErrors.raise(OsErrors.EISDIR, path);
        }
        try {
            f.delete();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path);
        }
    }

    @TruffleBoundary
    private static void rename(String src, String dst) {
        TruffleFile from = file(src);
        if (!from.exists(LinkOption.NOFOLLOW_LINKS)) {
            org.minipy.runtime.PBaseException e = OsErrors.newOsError(OsErrors.ENOENT, OsErrors.strerror(OsErrors.ENOENT), src);
            org.minipy.runtime.Attributes.putOwn(e, "filename2", dst);
            throw new org.minipy.runtime.PException(e, null);
        }
        try {
            from.move(file(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, src);
        }
    }

    @TruffleBoundary
    private static PBytes urandom(Object size) {
        if (!(size instanceof Long n)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(size));
        }
        if (n < 0) {
            throw Errors.valueError("negative argument not allowed");
        }
        byte[] bytes = new byte[(int) (long) n];
        new java.security.SecureRandom().nextBytes(bytes);
        return new PBytes(bytes);
    }
}
