package org.minipy.builtins;

import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBinaryFile;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.TypeOf;

/**
 * The Python methods of files opened in a binary mode ({@link PBinaryFile}: {@code _io.BufferedReader},
 * {@code BufferedWriter}, {@code BufferedRandom}). They mirror the text files' methods in {@link BuiltinIO} with
 * {@code bytes} in place of {@code str}.
 */
final class BinaryFileMethods {
    private BinaryFileMethods() {
    }

    static void installClasses() {
        for (PythonClass cls : new PythonClass[]{PBinaryFile.READER, PBinaryFile.WRITER, PBinaryFile.RANDOM}) {
            Install.method(cls, "read(self, size=-1, /)", a -> file(a[0]).read(size(a[1])));
            Install.method(cls, "read1(self, size=-1, /)", a -> file(a[0]).read(size(a[1])));
            Install.method(cls, "readline(self, size=-1, /)", a -> file(a[0]).readline(size(a[1])));
            Install.method(cls, "readlines(self, hint=-1, /)", a -> {
                PBinaryFile f = file(a[0]);
                f.checkOpen(PBinaryFile.CLOSED);
                long hint = size(a[1]);
                PList lines = new PList();
                long total = 0;
                Object line;
                while ((line = f.nextOrNull()) != null) {
                    lines.append(line);
                    total += ((PBytes) line).getBytes().length;
                    if (hint > 0 && total > hint) {
                        break;
                    }
                }
                return lines;
            });
            Install.method(cls, "write(self, buffer, /)", a -> file(a[0]).write(BytesMethods.bytesArg(a[1])));
            Install.method(cls, "writelines(self, lines, /)", a -> {
                PBinaryFile f = file(a[0]);
                f.checkOpen(PBinaryFile.CLOSED);
                Object it = Iteration.getIter(a[1]);
                Object line;
                while ((line = Iteration.nextOrNull(it)) != null) {
                    f.write(BytesMethods.bytesArg(line));
                }
                return PNone.NONE;
            });
            Install.method(cls, "flush(self)", a -> {
                file(a[0]).flush();
                return PNone.NONE;
            });
            Install.method(cls, "close(self)", a -> {
                file(a[0]).close();
                return PNone.NONE;
            });
            Install.method(cls, "readable(self)", a -> file(a[0]).isReadable());
            Install.method(cls, "writable(self)", a -> file(a[0]).isWritable());
            Install.method(cls, "seekable(self)", a -> {
                file(a[0]).checkOpen(PBinaryFile.CLOSED_QUERY);
                return true;
            });
            Install.method(cls, "seek(self, target, whence=0, /)", a -> file(a[0]).seek(BuiltinFunctions.indexAsLong(a[1]),
                            BuiltinFunctions.indexAsLong(a[2])));
            Install.method(cls, "tell(self)", a -> file(a[0]).tell());
            Install.method(cls, "truncate(self, pos=None, /)", a -> file(a[0]).truncate(size(a[1])));
            Install.method(cls, "isatty(self)", a -> {
                file(a[0]).checkOpen(PBinaryFile.CLOSED_QUERY);
                return false;
            });
            Install.method(cls, "__enter__(self)", a -> {
                file(a[0]).checkOpen(PBinaryFile.CLOSED);
                return a[0];
            });
            Install.method(cls, "__exit__(self, *args)", a -> {
                file(a[0]).close();
                return PNone.NONE;
            });
            Install.method(cls, "__iter__(self)", a -> {
                file(a[0]).checkOpen(PBinaryFile.CLOSED);
                return a[0];
            });
            Install.method(cls, "__next__(self)", a -> Iteration.next(file(a[0])));
            Install.method(cls, "__repr__(self)", a -> "<_io." + cls.getName() + " name=" + Repr.repr(file(a[0]).getName()) + ">");
            Install.getSet(cls, "closed", self -> ((PBinaryFile) self).isClosed(), null);
            Install.getSet(cls, "name", self -> ((PBinaryFile) self).getName(), null);
            Install.getSet(cls, "mode", self -> ((PBinaryFile) self).getMode(), null);
        }
    }

    private static PBinaryFile file(Object self) {
        if (self instanceof PBinaryFile f) {
            return f;
        }
        throw Errors.typeError("descriptor requires a '_io.BufferedReader' object but received a '%s'", TypeOf.nameOf(self));
    }

    private static long size(Object size) {
        return size == PNone.NONE ? -1 : BuiltinFunctions.indexAsLong(size);
    }
}
