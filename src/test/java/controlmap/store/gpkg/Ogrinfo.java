package controlmap.store.gpkg;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** GDAL's {@code ogrinfo}, run as a subprocess: what GIS users' tools will make of our file. */
final class Ogrinfo {

    /** What {@code ogrinfo} printed, and its exit code. */
    record Output(int exitCode, String text) {

        /** The text of each layer's section, by layer name, in order. */
        Map<String, String> layers() {
            Map<String, String> out = new LinkedHashMap<>();
            String[] parts = text.split("(?m)^Layer name: ");
            for (int i = 1; i < parts.length; i++) {
                int eol = parts[i].indexOf('\n');
                out.put(parts[i].substring(0, eol).strip(), parts[i].substring(eol + 1));
            }
            return out;
        }

        /** Lines where GDAL warns or reports an error. */
        List<String> complaints() {
            return text.lines().filter(l -> l.startsWith("Warning") || l.startsWith("ERROR")).toList();
        }
    }

    private Ogrinfo() {
    }

    /** The {@code ogrinfo} executable on the PATH, if any. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "ogrinfo"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs {@code ogrinfo args…} with stderr merged into stdout. */
    static Output run(Path ogrinfo, String... args) throws IOException, InterruptedException {
        String[] command = Stream.concat(Stream.of(ogrinfo.toString()), Stream.of(args)).toArray(String[]::new);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("ogrinfo did not finish: " + text);
        }
        return new Output(p.exitValue(), text);
    }
}
