package controlmap.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.testing.PackagedJar;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started with no heap bound runs the service in a child JVM with one computed from the store, and
 * behaves to its caller as the service itself: exit codes and SIGTERM pass through, and the child does not outlive it.
 */
class RelaunchIT {

    private static final long MIB = 1024 * 1024;
    private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void withoutABoundTheChildGetsTheStoresBoundAndSigtermPassesThrough() throws Exception {
        try (PackagedJar seeding = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of())) {
            seeding.waitForHealth();  // creates and seeds controlmap.gpkg
        }
        Path store = dir.resolve("controlmap.gpkg");
        long size = Files.size(store) + (Files.exists(Path.of(store + "-wal")) ? Files.size(Path.of(store + "-wal")) : 0);
        long machine = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();

        PackagedJar jar = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of());
        jar.waitForHealth();
        ProcessHandle child = jar.serving();
        assertTrue(child.parent().map(p -> p.pid() == jar.process().pid()).orElse(false), "a child of the jar serves");
        assertEquals(HeapBound.forStore(size, machine) * MIB, maxHeap(child), "the bound computed from the store");
        assertTrue(jar.log().contains("heap bound of " + HeapBound.forStore(size, machine) + " MiB"), jar.log());

        jar.process().destroy();  // SIGTERM to the launcher
        assertTrue(jar.process().waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, jar.process().exitValue(), "exits as the child did on SIGTERM (128 + 15)");
        assertFalse(child.isAlive());
        assertTrue(jar.log().contains("Javalin has stopped"), "the child stopped cleanly:\n" + jar.log());
    }

    @Test
    void controlmapHeapChoosesTheChildsBound() throws Exception {
        try (PackagedJar jar = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of("CONTROLMAP_HEAP", "300m"))) {
            jar.waitForHealth();
            ProcessHandle child = jar.serving();
            assertTrue(child.pid() != jar.process().pid(), "relaunched");
            assertEquals(300 * MIB, maxHeap(child));
        }
    }

    @Test
    void anExplicitBoundOrControlmapHeapJvmRunsInOneProcess() throws Exception {
        try (PackagedJar jar = PackagedJar.serve(List.of("-Xmx700m"), dir, PackagedJar.freePort(), Map.of())) {
            jar.waitForHealth();
            assertEquals(0, jar.process().children().count(), "no child");
            assertEquals(700 * MIB, maxHeap(jar.process().toHandle()));
        }
        try (PackagedJar jar = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of("CONTROLMAP_HEAP", "jvm"))) {
            jar.waitForHealth();
            assertEquals(0, jar.process().children().count(), "no child");
            assertFalse(jar.log().contains("heap bound"), jar.log());
        }
    }

    @Test
    void theChildsExitCodeIsTheLaunchersAndABadHeapSizeIsRefused() throws Exception {
        PackagedJar badTokens = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of("CONTROLMAP_TOKENS", "no-colon"));
        assertTrue(badTokens.process().waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, badTokens.process().exitValue(), badTokens.log());
        assertTrue(badTokens.log().contains("heap bound") && badTokens.log().contains("cannot start"),
                "the child refused to start, and said why:\n" + badTokens.log());

        PackagedJar badHeap = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of("CONTROLMAP_HEAP", "lots"));
        assertTrue(badHeap.process().waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, badHeap.process().exitValue());
        assertTrue(badHeap.log().contains("CONTROLMAP_HEAP must be a heap size"), badHeap.log());
    }

    @Test
    void theChildStopsWhenTheLauncherIsKilled() throws Exception {
        PackagedJar jar = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of());
        jar.waitForHealth();
        ProcessHandle child = jar.serving();
        assertTrue(child.pid() != jar.process().pid(), "relaunched");
        jar.process().destroyForcibly();  // SIGKILL: the launcher runs no shutdown hook
        child.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(child.isAlive());
        assertTrue(jar.log().contains("the launcher has gone; stopping"), jar.log());
        assertTrue(jar.log().contains("Javalin has stopped"), "it stopped cleanly, closing the store:\n" + jar.log());
    }

    /** The heap bound the JVM {@code p} runs with, as {@code jcmd VM.flags} reports it. */
    private static long maxHeap(ProcessHandle p) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(p.pid()), "VM.flags").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS));
        Matcher m = MAX_HEAP.matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }
}
