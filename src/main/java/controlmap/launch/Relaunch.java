package controlmap.launch;

import controlmap.config.StoreLocation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code java -jar controlmap.jar serve} with no heap bound given runs the service in a child JVM with one computed
 * from the store's size ({@link HeapBound}), the way Elasticsearch's launcher computes a heap: the operator's own
 * {@code -Xmx} (or {@code -XX:MaxRAMPercentage}, …) always wins and then nothing is relaunched; {@code
 * CONTROLMAP_HEAP=1g} chooses the child's bound, {@code CONTROLMAP_HEAP=jvm} keeps the JVM's default in one process.
 *
 * <p>The child inherits standard input, output and error, the environment and the JVM's options; its exit code is the
 * launcher's; a SIGTERM or SIGINT to the launcher is passed on as SIGTERM and the launcher exits as the child does; a
 * child whose launcher dies (even by SIGKILL) stops by itself, closing the store.
 */
public final class Relaunch {

    /** Environment variable: the heap bound of {@code serve} ({@code 1536m}, {@code 2g}), or {@code jvm}. */
    public static final String HEAP_ENV = "CONTROLMAP_HEAP";
    /** Environment variable set in the child: the launcher's process id. */
    static final String LAUNCHER_ENV = "CONTROLMAP_LAUNCHER_PID";
    private static final Set<String> BOUND_OPTIONS = Set.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAMPercentage=",
            "-XX:MaxRAM=", "-XX:MaxRAMFraction=");
    private static final Set<String> NO_SERVICE = Set.of("-h", "--help", "-V", "--version");

    private Relaunch() {
    }

    /**
     * Runs {@code main} with {@code args} in a bounded child JVM when they start the service without a bound, and
     * returns its exit code; otherwise (and in the child) returns -1 and the caller runs the command itself.
     */
    public static int runBounded(Class<?> main, String[] args) {
        Map<String, String> env = System.getenv();
        String launcher = env.get(LAUNCHER_ENV);
        if (launcher != null) {
            stopWhenGone(launcher);
            return -1;
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!startsService(args) || hasBound(jvmOptions)) {
            return -1;
        }
        String chosen = env.get(HEAP_ENV);
        long mib;
        String why;
        if (chosen != null && !chosen.isBlank()) {
            if (chosen.strip().equalsIgnoreCase("jvm")) {
                return -1;
            }
            OptionalLong parsed = HeapBound.parseMib(chosen);
            if (parsed.isEmpty()) {
                System.err.println("controlmap: " + HEAP_ENV + " must be a heap size of at least 64m such as 1536m "
                        + "or 2g, or jvm for the JVM's own default; got \"" + chosen + "\"");
                return 2;
            }
            mib = parsed.getAsLong();
            why = "from " + HEAP_ENV;
        } else {
            StoreLocation store = StoreLocation.resolve(storeOption(args));
            if (store.isPostgres()) {
                return -1;  // its size is not known before connecting; operations.md says to set a bound
            }
            long bytes = fileSize(store.file()) + fileSize(Path.of(store.value() + "-wal"));
            mib = HeapBound.forStore(bytes, machineMemory());
            why = "for a store of " + bytes / (1024 * 1024) + " MiB; set " + HEAP_ENV + " or -Xmx to choose";
        }
        return runChild(main, args, jvmOptions, mib, why);
    }

    private static int runChild(Class<?> main, String[] args, List<String> jvmOptions, long mib, String why) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xmx" + mib + "m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        // the options these carry are in jvmOptions already; inherited, the child would apply them twice
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put(LAUNCHER_ENV, String.valueOf(ProcessHandle.current().pid()));
        System.err.println("controlmap: the service runs with a heap bound of " + mib + " MiB (" + why + ")");
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            System.err.println("controlmap: cannot start " + command.get(0) + ": " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> passOnStop(child), "stop-child"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: only the child decides when the service has stopped
            }
        }
    }

    /** On a signal to the launcher: SIGTERM to the child, then leave with its exit code once it has stopped. */
    private static void passOnStop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Runtime.getRuntime().halt(child.exitValue());
    }

    /** In the child: stop (running the shutdown hooks, so the store is closed) when the launcher has gone. */
    private static void stopWhenGone(String launcherPid) {
        long pid;
        try {
            pid = Long.parseLong(launcherPid.strip());
        } catch (NumberFormatException notOurs) {
            return;
        }
        ProcessHandle.of(pid).ifPresentOrElse(
                p -> p.onExit().thenRun(Relaunch::launcherGone),
                Relaunch::launcherGone);
    }

    private static void launcherGone() {
        System.err.println("controlmap: the launcher has gone; stopping");
        new Thread(() -> System.exit(1), "launcher-gone").start();
    }

    static boolean startsService(String[] args) {
        for (String a : args) {
            if (NO_SERVICE.contains(a)) {
                return false;
            }
        }
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a.equals("serve");
            }
        }
        return false;
    }

    static boolean hasBound(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> BOUND_OPTIONS.stream().anyMatch(o::startsWith));
    }

    static String storeOption(String[] args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--store") && i + 1 < args.length) {
                found = args[++i];
            } else if (args[i].startsWith("--store=")) {
                found = args[i].substring("--store=".length());
            }
        }
        return found;
    }

    private static long fileSize(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private static long machineMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory() * 4;
    }
}
