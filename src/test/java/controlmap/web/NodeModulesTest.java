package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import controlmap.testing.NodeJs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The pure modules of web/js (the as-of and majority rules, the words, the citation) against the hand-made cases of
 * src/test/js/*.test.mjs, run with Node's own test runner ({@code node --test}). Skipped without Node, except in CI.
 */
class NodeModulesTest {

    @Test
    void nodeTestsOfThePureModulesPass() throws IOException, InterruptedException {
        NodeJs.assumePresent("the pure web modules' tests (src/test/js)");
        Process p = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        System.out.println(out.lines().filter(l -> l.startsWith("# ")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(0, code, out);
    }
}
