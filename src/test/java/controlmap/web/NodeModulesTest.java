package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The pure modules of web/js (the as-of and majority rules, the words, the citation) against the hand-made cases of
 * src/test/js/*.test.mjs, run with Node's own test runner ({@code node --test}). Skipped without Node, except in CI.
 */
class NodeModulesTest {

    @Test
    void nodeTestsOfThePureModulesPass() throws IOException, InterruptedException {
        boolean present = Files.isExecutable(Path.of("/usr/bin/node")) || Files.isExecutable(Path.of("/usr/local/bin/node"));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but node is missing: the pure web modules' tests must run (apt-get install nodejs)");
        }
        assumeTrue(present, "node is missing: src/test/js not run");
        Process p = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        System.out.println(out.lines().filter(l -> l.startsWith("# ")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(0, code, out);
    }
}
