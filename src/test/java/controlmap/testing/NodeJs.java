package controlmap.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Node, which runs the pure modules of web/js outside a browser: tests needing it are skipped without it, except in CI. */
public final class NodeJs {

    private NodeJs() {
    }

    /** Skips the calling test when Node is missing (fails it on CI), saying that {@code what} was not run. */
    public static void assumePresent(String what) {
        boolean present = Files.isExecutable(Path.of("/usr/bin/node")) || Files.isExecutable(Path.of("/usr/local/bin/node"));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but node is missing: " + what + " must run (apt-get install nodejs)");
        }
        assumeTrue(present, "node is missing: " + what + " not run");
    }
}
