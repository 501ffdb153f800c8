package controlmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.App;
import controlmap.domain.Claim;
import controlmap.store.ClaimQuery;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code generate}: a GeoPackage with N × S × C claims, the same for the same seed; an existing file is refused. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    int run(String... args) {
        CommandLine cmd = new CommandLine(new App());
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    List<Claim> claims(Path file) {
        try (GeoPackageClaimStore s = GeoPackageClaimStore.open(file)) {
            assertEquals(120, s.places().size());
            assertEquals(3, s.sources().size());
            assertEquals(8, s.actors().size());
            return s.claims(ClaimQuery.all()).stream().sorted(Comparator.comparing(Claim::id)).toList();
        }
    }

    @Test
    void writesEveryClaimAndTheSameForTheSameSeed() {
        Path a = dir.resolve("a.gpkg");
        Path b = dir.resolve("b.gpkg");
        String[] args = {"--places", "120", "--sources", "3", "--changes", "2", "--seed", "5", "--quiet"};
        assertEquals(0, run(concat("generate", "--out", a.toString(), args)));
        assertEquals(0, run(concat("generate", "--out", b.toString(), args)));
        List<Claim> first = claims(a);
        List<Claim> second = claims(b);
        assertEquals(120 * 3 * 2, first.size());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            Claim x = first.get(i);
            Claim y = second.get(i);
            assertEquals(x.id(), y.id());
            assertEquals(List.of(x.actor(), x.validFrom(), String.valueOf(x.validTo()), x.quote()),
                    List.of(y.actor(), y.validFrom(), String.valueOf(y.validTo()), y.quote()));
            assertEquals(GenerateCommand.EDITOR, x.editor());
        }
    }

    @Test
    void refusesToOverwriteAFile() {
        Path a = dir.resolve("a.gpkg");
        assertEquals(0, run("generate", "--places", "3", "--sources", "1", "--changes", "1", "--out", a.toString(), "--quiet"));
        assertEquals(2, run("generate", "--places", "3", "--sources", "1", "--changes", "1", "--out", a.toString(), "--quiet"));
        assertTrue(a.toFile().length() > 0);
    }

    private static String[] concat(String cmd, String opt, String value, String... rest) {
        String[] out = new String[rest.length + 3];
        out[0] = cmd;
        out[1] = opt;
        out[2] = value;
        System.arraycopy(rest, 0, out, 3, rest.length);
        return out;
    }
}
