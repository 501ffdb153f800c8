package controlmap.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of test classes that share one running, seeded service (read-only tests: they must not write). */
public abstract class SeededServiceTest {

    protected static RunningService svc;

    @BeforeAll
    static void startService() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stopService() {
        svc.close();
    }
}
