package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * C3 linearisation: the method resolution order of a class is the class followed by a merge of its bases' orders
 * that keeps every local precedence (a class before its bases, bases in the order written). CPython raises
 * {@code TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B} when no merge exists,
 * naming the classes the merge got stuck on.
 */
final class MroCalculator {
    private MroCalculator() {
    }

    static PythonClass[] computeC3(PythonClass cls) {
        List<List<PythonClass>> sequences = new ArrayList<>();
        for (PythonClass base : cls.getBases()) {
            sequences.add(new ArrayList<>(List.of(base.getMro())));
        }
        sequences.add(new ArrayList<>(List.of(cls.getBases())));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass candidate = null;
            for (List<PythonClass> seq : sequences) {
                PythonClass head = seq.get(0);
                if (!appearsInTail(head, sequences)) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // CPython names the classes still blocking the merge: the distinct heads of what is left
                StringBuilder names = new StringBuilder();
                List<PythonClass> heads = new ArrayList<>();
                for (List<PythonClass> seq : sequences) {
                    if (!heads.contains(seq.get(0))) {
                        heads.add(seq.get(0));
                        names.append(names.length() == 0 ? "" : ", ").append(seq.get(0).getName());
                    }
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", names);
            }
            result.add(candidate);
            for (List<PythonClass> seq : sequences) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean appearsInTail(PythonClass cls, List<List<PythonClass>> sequences) {
        for (List<PythonClass> seq : sequences) {
            if (seq.indexOf(cls) > 0) {
                return true;
            }
        }
        return false;
    }
}
