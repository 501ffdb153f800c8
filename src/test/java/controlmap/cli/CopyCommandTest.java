package controlmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.App;
import controlmap.store.StoreCopyCheck;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code controlmap copy} as a user runs it, between two GeoPackage files. */
class CopyCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new App());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void copiesAFileWithItsHistoryAndSaysWhat() {
        Path from = dir.resolve("from.gpkg");
        Path to = dir.resolve("to.gpkg");
        try (GeoPackageClaimStore store = GeoPackageClaimStore.open(from)) {
            StoreCopyCheck.seedWithHistory(store);
        }
        assertEquals(0, run("copy", "--from", from.toString(), "--to", to.toString()), err.toString());
        assertTrue(out.toString().startsWith("copied "), out.toString());
        assertTrue(err.toString().contains("claims"), err.toString());
        try (GeoPackageClaimStore a = GeoPackageClaimStore.open(from);
             GeoPackageClaimStore b = GeoPackageClaimStore.open(to)) {
            StoreCopyCheck.assertSameData(a, b);
        }
    }

    @Test
    void refusesAMissingSourceAndANonEmptyTarget() {
        Path from = dir.resolve("from.gpkg");
        assertEquals(1, run("copy", "--from", dir.resolve("nope.gpkg").toString(), "--to", from.toString()));
        assertTrue(err.toString().contains("no such GeoPackage"), err.toString());
        try (GeoPackageClaimStore store = GeoPackageClaimStore.open(from)) {
            StoreCopyCheck.seedWithHistory(store);
        }
        assertEquals(1, run("copy", "--from", from.toString(), "--to", from.toString()));
        assertTrue(err.toString().contains("not empty"), err.toString());
    }
}
