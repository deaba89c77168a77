// What bench/word_count.mpy's work costs in plain Java, with the same String and LinkedHashMap operations MiniPy uses
// (splitlines, split, strip(".,"), toLowerCase, and d[w] = d.get(w, 0) + 1 as two lookups with boxed counts): a floor
// for MiniPy's per-iteration time on this machine, since MiniPy's str is a java.lang.String. Run with
//   /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:+UseParallelGC bench/java/WordCountFloor.java
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

public class WordCountFloor {
    static final String[] WORDS = {"the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "Python", "GIL", "thread",
                    "lock", "interpreter", "bytecode", "Truffle", "compiler", "loop", "function", "class", "object"};

    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f || c == 0x85 || c == 0xa0 || Character.isWhitespace(c);
    }

    static List<String> splitWhitespace(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                return out;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
        }
    }

    static String strip(String s, String chars) {
        int i = 0;
        int j = s.length();
        while (i < j && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        while (j > i && chars.indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        return s.substring(i, j);
    }

    public static void main(String[] args) {
        StringBuilder text = new StringBuilder();
        long state = 12345;
        for (int line = 0; line < 20000; line++) {
            for (int w = 0; w < 12; w++) {
                state = (state * 1103515245L + 12345) % 2147483648L;
                text.append(w == 0 ? "" : " ").append(WORDS[(int) (state % WORDS.length)]);
            }
            text.append(line == 19999 ? "." : ".\n");
        }
        String all = text.toString();
        long best = Long.MAX_VALUE;
        int distinct = 0;
        for (int iteration = 0; iteration < 300; iteration++) {
            long t0 = System.nanoTime();
            LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
            for (String line : all.split("\n")) {
                for (String word : splitWhitespace(line)) {
                    String w = strip(word, ".,").toLowerCase(Locale.ROOT);
                    Long c = counts.get(w);
                    counts.put(w, (c == null ? 0L : c) + 1);
                }
            }
            distinct = counts.size();
            if (iteration >= 100) {
                best = Math.min(best, System.nanoTime() - t0);
            }
        }
        System.out.printf("%d distinct words; best iteration %.2f ms%n", distinct, best / 1e6);
    }
}
