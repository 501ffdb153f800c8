package controlmap.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * GDAL's command line tools ({@code ogrinfo}, {@code ogr2ogr}) run as subprocesses: what GIS users' software makes of
 * our files and services. Without GDAL a test is skipped, except on CI ({@code CI=true}), where it fails.
 */
public final class Gdal {

    /** What a tool printed (stdout and stderr merged) and its exit code. */
    public record Output(int exitCode, String text) {

        /** Lines where GDAL warns or reports an error. */
        public List<String> complaints() {
            return text.lines().filter(l -> l.startsWith("Warning") || l.startsWith("ERROR")).toList();
        }
    }

    private Gdal() {
    }

    /** The tool {@code name} on the PATH; skips the test (fails it on CI) when there is none. */
    public static Path require(String name) {
        Optional<Path> tool = find(name);
        if (tool.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(name + " is not on the PATH of this CI run: apt-get install gdal-bin");
            }
            Assumptions.abort(name + " not on PATH (apt-get install gdal-bin): GDAL check skipped");
        }
        return tool.get();
    }

    static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)).filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs {@code tool args…}, failing the test when it runs over two minutes. */
    public static Output run(Path tool, String... args) {
        String[] command = Stream.concat(Stream.of(tool.toString()), Stream.of(args)).toArray(String[]::new);
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            // the test service listens on loopback: never send its requests through a proxy
            pb.environment().put("NO_PROXY", "127.0.0.1,localhost");
            pb.environment().put("no_proxy", "127.0.0.1,localhost");
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish: " + text);
            }
            return new Output(p.exitValue(), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
