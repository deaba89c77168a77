package org.minipy.tests.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.tests.modules.ModuleTestSupport.list;
import static org.minipy.tests.modules.ModuleTestSupport.pow2;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minipy.modules.RandomModule;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Repr;

/**
 * The {@code random} module against CPython 3.11: the same seed must give the same numbers. The expected reprs are in
 * {@code modules/random_expected.txt}, produced by {@code python3 gen_module_expectations.py} (in
 * {@code tests/src/test/resources/modules}); each scenario below is the Java transcription of the scenario of the
 * same name in that script.
 */
class RandomModuleTest {
    private final Map<String, Object> random = RandomModule.createMembers();

    private Object call(String name, Object... args) {
        return ModuleTestSupport.call(random, name, args);
    }

    private Object callKw(String name, Object[] args, String[] kwNames, Object... kwValues) {
        return ModuleTestSupport.callKw(random, name, args, kwNames, kwValues);
    }

    private PList repeat(int n, IntFunction<Object> body) {
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = body.apply(i);
        }
        return new PList(out);
    }

    private ModuleTestSupport.Outcome seeded(Object seed, ModuleTestSupport.Outcome body) {
        return () -> {
            call("seed", seed);
            return body.get();
        };
    }

    private static PList chars(String s) {
        Object[] out = new Object[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = String.valueOf(s.charAt(i));
        }
        return new PList(out);
    }

    private Map<String, ModuleTestSupport.Outcome> scenarios() {
        Map<String, ModuleTestSupport.Outcome> s = new LinkedHashMap<>();
        s.put("seed42_random5", seeded(42L, () -> repeat(5, i -> call("random"))));
        s.put("seed0_random3", seeded(0L, () -> repeat(3, i -> call("random"))));
        s.put("seed12345_randint", seeded(12345L, () -> repeat(10, i -> call("randint", 1L, 100L))));
        s.put("seed12345_randrange_step", seeded(12345L, () -> repeat(5, i -> call("randrange", 0L, 100L, 7L))));
        s.put("seed12345_randrange_stop", seeded(12345L, () -> repeat(5, i -> call("randrange", 1000L))));
        s.put("seed12345_randrange_negstep", seeded(12345L, () -> repeat(5, i -> call("randrange", 10L, -10L, -3L))));
        s.put("seed12345_choice", seeded(12345L, () -> repeat(8, i -> call("choice", "abcdefg"))));
        s.put("seed12345_shuffle", seeded(12345L, () -> {
            PList x = repeat(20, i -> (long) i);
            call("shuffle", x);
            return x;
        }));
        s.put("seed12345_sample_pool", seeded(12345L, () -> call("sample", new PRange(0, 100, 1), 10L)));
        s.put("seed12345_sample_list", seeded(12345L, () -> call("sample", chars("abcdefghij"), 4L)));
        s.put("seed12345_sample_set", seeded(12345L, () -> call("sample", new PRange(0, 1_000_000, 1), 5L)));
        s.put("seed12345_sample_counts", seeded(12345L, () -> callKw("sample", new Object[]{list("red", "blue")},
                        new String[]{"counts", "k"}, list(4L, 2L), 5L)));
        s.put("seed12345_uniform", seeded(12345L, () -> repeat(3, i -> call("uniform", 1L, 10L))));
        s.put("seed12345_choices", seeded(12345L, () -> callKw("choices", new Object[]{list("a", "b", "c")}, new String[]{"k"}, 10L)));
        s.put("seed12345_choices_weights", seeded(12345L, () -> callKw("choices", new Object[]{list("a", "b", "c")},
                        new String[]{"weights", "k"}, list(1L, 5L, 10L), 10L)));
        s.put("seed12345_choices_cum", seeded(12345L, () -> callKw("choices", new Object[]{new PRange(0, 5, 1)},
                        new String[]{"cum_weights", "k"}, list(1L, 2L, 3L, 4L, 10L), 6L)));
        s.put("seed12345_gauss", seeded(12345L, () -> repeat(5, i -> call("gauss", 0L, 1L))));
        s.put("seed12345_gauss_musigma", seeded(12345L, () -> repeat(3, i -> call("gauss", 10L, 2L))));
        s.put("seed12345_normalvariate", seeded(12345L, () -> repeat(3, i -> call("normalvariate", 10L, 2L))));
        s.put("seed12345_expovariate", seeded(12345L, () -> repeat(3, i -> call("expovariate", 1.5))));
        s.put("seed12345_triangular", seeded(12345L, () -> repeat(3, i -> call("triangular", 0L, 10L, 3L))));
        s.put("seed12345_getrandbits", seeded(12345L, () -> list(call("getrandbits", 1L), call("getrandbits", 31L),
                        call("getrandbits", 32L), call("getrandbits", 33L), call("getrandbits", 64L), call("getrandbits", 100L))));
        s.put("seed12345_randbytes", seeded(12345L, () -> call("randbytes", 10L)));
        s.put("seed12345_other_distributions", seeded(12345L, () -> list(call("lognormvariate", 0L, 1L),
                        call("vonmisesvariate", 1L, 2L), call("gammavariate", 0.5, 1L), call("gammavariate", 2.5, 1L),
                        call("betavariate", 2L, 3L), call("paretovariate", 2L), call("weibullvariate", 1L, 2L))));
        s.put("seed1_gauss_pairs", seeded(1L, () -> repeat(4, i -> call("gauss"))));
        s.put("seed2pow100", seeded(pow2(100), () -> list(call("random"), call("random"), call("random"), call("getrandbits", 64L))));
        s.put("seed10pow50", seeded(BigInteger.TEN.pow(50), () -> repeat(3, i -> call("random"))));
        s.put("seed_negative", seeded(-12345L, () -> repeat(3, i -> call("random"))));
        s.put("seed_negative_big", seeded(pow2(100).negate(), () -> repeat(3, i -> call("random"))));
        s.put("seed_str", seeded("hello", () -> repeat(3, i -> call("random"))));
        s.put("seed_str_empty", seeded("", () -> repeat(3, i -> call("random"))));
        s.put("seed_str_unicode", seeded("h\u00e9llo \u00fcn\u00efcode \u20ac", () -> repeat(3, i -> call("random"))));
        s.put("seed_bytes", seeded(new PBytes("bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), () -> repeat(3, i -> call("random"))));
        s.put("seed_float", seeded(3.14, () -> repeat(3, i -> call("random"))));
        s.put("seed_true", seeded(Boolean.TRUE, () -> repeat(2, i -> call("random"))));
        s.put("seed0_bigranges", seeded(0L, () -> list(call("randrange", pow2(70)), call("randint", pow2(80).negate(), pow2(80)),
                        call("randrange", BigInteger.TEN.pow(30), BigInteger.TEN.pow(31), 7L))));
        s.put("err_choice_empty", () -> call("choice", list()));
        s.put("err_randrange_0", () -> call("randrange", 0L));
        s.put("err_randrange_empty", () -> call("randrange", 10L, 5L));
        s.put("err_randrange_zero_step", () -> call("randrange", 0L, 10L, 0L));
        s.put("err_randrange_empty_step", () -> call("randrange", 0L, 10L, -2L));
        s.put("err_randrange_missing_stop", () -> call("randrange", 5L, PNone.NONE, 2L));
        s.put("err_randrange_float", () -> call("randrange", 1.5));
        s.put("err_randrange_float_stop", () -> call("randrange", 1L, 2.5));
        s.put("err_sample_too_large", () -> call("sample", list(1L, 2L), 3L));
        s.put("err_sample_set", () -> {
            PSet set = new PSet();
            set.add(1L);
            set.add(2L);
            return call("sample", set, 1L);
        });
        s.put("err_getrandbits_negative", () -> call("getrandbits", -1L));
        s.put("err_choices_mismatch", () -> call("choices", list(1L, 2L), list(1L)));
        s.put("err_choices_k_positional", () -> call("choices", list(1L, 2L), 3L));
        s.put("err_choices_both", () -> callKw("choices", new Object[]{list(1L, 2L), list(1L, 1L)}, new String[]{"cum_weights"}, list(1L, 2L)));
        s.put("err_choices_zero_total", () -> call("choices", list(1L, 2L), list(0L, 0L)));
        s.put("err_seed_list", () -> call("seed", list(1L)));
        s.put("err_expovariate_zero", () -> call("expovariate", 0L));
        s.put("err_gammavariate", () -> call("gammavariate", 0L, 1L));
        return s;
    }

    @TestFactory
    Stream<DynamicTest> scenariosMatchCPython() throws IOException {
        Map<String, ModuleTestSupport.Outcome> scenarios = scenarios();
        List<DynamicTest> tests = new ArrayList<>();
        List<String[]> rows = ModuleTestSupport.readExpectations("/modules/random_expected.txt");
        assertEquals(scenarios.size(), rows.size(), "every scenario of the generator script has a Java transcription");
        for (String[] row : rows) {
            String name = row[0];
            String expected = row[1];
            ModuleTestSupport.Outcome scenario = scenarios.get(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertTrue(scenario != null, "no Java transcription of scenario " + name);
                assertEquals(expected, ModuleTestSupport.outcome(scenario), name);
            }));
        }
        return tests.stream();
    }

    @Test
    void getstateSetstateRoundTrip() {
        call("seed", 7L);
        call("gauss"); // leaves a cached gauss_next in the state
        Object state = call("getstate");
        PTuple tuple = (PTuple) state;
        assertEquals(3L, tuple.get(0));
        assertEquals(625, ((PTuple) tuple.get(1)).size());
        String first = Repr.repr(list(call("random"), call("gauss"), call("getrandbits", 80L)));
        call("setstate", state);
        String again = Repr.repr(list(call("random"), call("gauss"), call("getrandbits", 80L)));
        assertEquals(first, again);
    }

    @Test
    void seedNoneAndFreshModulesDiffer() {
        call("seed", PNone.NONE);
        Object a = call("getrandbits", 128L);
        Map<String, Object> other = RandomModule.createMembers();
        Object b = ModuleTestSupport.call(other, "getrandbits", 128L);
        assertNotEquals(Repr.repr(a), Repr.repr(b), "two module instances seeded from entropy");
    }

    @Test
    void statesAreIndependentPerModuleInstance() {
        Map<String, Object> other = RandomModule.createMembers();
        call("seed", 42L);
        ModuleTestSupport.call(other, "seed", 42L);
        Object mine = call("random");
        ModuleTestSupport.call(other, "random"); // advancing the other must not affect this one
        ModuleTestSupport.call(other, "random");
        Object next = call("random");
        call("seed", 42L);
        call("random");
        assertEquals(next, call("random"));
        assertEquals(0.6394267984578837, mine); // python3 -c "import random; random.seed(42); print(random.random())"
    }

    @Test
    void concurrentUseLosesNoDraws() throws InterruptedException {
        // Four threads draw 10000 words each from one generator; the words they see must be exactly the 40000 words
        // a single thread sees after the same seed (as a multiset), so no draw was duplicated or torn.
        call("seed", 99L);
        Map<Object, Integer> expected = new HashMap<>();
        for (int i = 0; i < 40000; i++) {
            expected.merge(call("getrandbits", 32L), 1, Integer::sum);
        }
        call("seed", 99L);
        Map<Object, Integer> seen = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10000; i++) {
                    seen.merge(call("getrandbits", 32L), 1, Integer::sum);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(expected, new HashMap<>(seen));
    }
}
