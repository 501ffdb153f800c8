package controlmap.cli;

import controlmap.app.Stores;
import controlmap.config.StoreLocation;
import controlmap.service.DatasetImport.Count;
import controlmap.service.DatasetImport.Item;
import controlmap.service.DatasetImport.Kind;
import controlmap.service.DatasetImport.Rejection;
import controlmap.service.DatasetImport.Summary;
import controlmap.service.DatasetImport;
import controlmap.store.ClaimStore;
import controlmap.store.StoreCopy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: adds places, claims, sources and actors from files, with the API's validation. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add actors, sources, places and claims from GeoJSON/JSON files or a GeoPackage written by "
                + "ControlMap, checked by the same rules as the HTTP API. Valid items are added (in transactions of "
                + DatasetImport.BATCH + "), invalid ones are listed with the reason; ids already in the store are "
                + "skipped as rejected, so running an import twice is harmless.",
            "Exit status: 0 all added, 1 some rejected, 2 a file could not be read (then nothing is imported)."})
public final class ImportCommand implements Callable<Integer> {

    private static final Pattern EDITOR = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final int MAX_LISTED = 200;

    /** What {@code --kind} accepts. */
    enum KindOption { auto, actors, sources, places, claims }

    @Option(names = "--store", description = "Store to import into: a GeoPackage file (created when absent) or a jdbc:postgresql:// URL. "
            + "Default: $" + StoreLocation.ENV + ", else " + StoreLocation.DEFAULT + " in the working directory.")
    String store;

    @Option(names = "--dry-run", description = "Check everything and report, write nothing.")
    boolean dryRun;

    @Option(names = "--kind", defaultValue = "auto", description = "What the JSON files hold: ${COMPLETION-CANDIDATES}. "
            + "Default: auto (claims have source/actor/valid_from; places do not; actors have a color; sources a kind).")
    KindOption kind;

    @Option(names = "--editor", defaultValue = "import", description = "Editor name recorded in the claims' history. "
            + "Default: ${DEFAULT-VALUE}.")
    String editor;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoJSON/JSON files (.geojson, .json) or "
            + "ControlMap GeoPackages (.gpkg).")
    List<Path> files;

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!EDITOR.matcher(editor).matches()) {
            err.println("--editor must be 1-64 of A-Z a-z 0-9 . _ @ -");
            return 2;
        }
        Map<Kind, List<Item>> items;
        try {
            items = ImportFiles.read(files, kind == KindOption.auto ? null
                    : Kind.valueOf(kind.name().toUpperCase(Locale.ROOT)));
        } catch (ImportFiles.Unreadable e) {
            err.println("import: " + e.getMessage() + "; nothing was imported");
            err.flush();
            return 2;
        }
        long total = items.values().stream().mapToLong(List::size).sum();
        StoreLocation location = StoreLocation.resolve(store);
        long started = System.nanoTime();
        Summary summary;
        try (ClaimStore target = Stores.open(location)) {
            if (restorable(target, items)) {
                return restore(target, location, out, err);
            }
            try (ProgressBar bar = ProgressBars.bar(dryRun ? "checking" : "importing", total, err)) {
                summary = new DatasetImport(target, editor, dryRun, bar::stepBy).run(items);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(out, summary, location, seconds);
        out.flush();
        return summary.rejected() == 0 ? 0 : 1;
    }

    /**
     * One ControlMap GeoPackage into an empty store, and every item of it valid by the API's rules: then it is restored
     * losslessly (full claim histories, editors, retractions) instead of being added as new claims.
     */
    private boolean restorable(ClaimStore target, Map<Kind, List<Item>> items) {
        return !dryRun && files.size() == 1 && ImportFiles.isGeoPackage(files.get(0)) && target.isEmpty()
                && new DatasetImport(target, editor, true, n -> { }).run(items).rejected() == 0;
    }

    private int restore(ClaimStore target, StoreLocation location, PrintWriter out, PrintWriter err) {
        try (ProgressBars bars = new ProgressBars(err)) {
            StoreCopy.Summary s = ImportFiles.restore(files.get(0), target, bars);
            bars.close();
            out.printf(Locale.ROOT, "Restored %s into the empty store %s with full history: %d actors, %d sources, "
                    + "%d places, %d claims (%d versions)%n", files.get(0), location.display(), s.actors(),
                    s.sources(), s.places(), s.claims(), s.versions());
            return 0;
        } catch (ImportFiles.Unreadable e) {
            err.println("import: " + e.getMessage() + "; nothing was imported");
            return 2;
        }
    }

    private void print(PrintWriter out, Summary s, StoreLocation location, double seconds) {
        out.printf(Locale.ROOT, "%s %d file(s) into %s in %.1f s%s%n", s.dryRun() ? "Checked" : "Imported",
                files.size(), location.value(), seconds, s.dryRun() ? " (dry run: nothing was written)" : "");
        out.printf(Locale.ROOT, "%-8s %8s %10s %9s%n", "", "read", s.dryRun() ? "would add" : "added", "rejected");
        for (Kind k : Kind.values()) {
            Count c = s.counts().getOrDefault(k, new Count(0, 0, 0));
            out.printf(Locale.ROOT, "%-8s %8d %10d %9d%n", k.name().toLowerCase(Locale.ROOT), c.read(), c.added(),
                    c.rejected());
        }
        if (!s.rejections().isEmpty()) {
            out.println("Rejected:");
            List<Rejection> listed = s.rejections().subList(0, Math.min(MAX_LISTED, s.rejections().size()));
            for (Rejection r : listed) {
                out.println("  " + r);
            }
            if (s.rejections().size() > MAX_LISTED) {
                out.println("  ... and " + (s.rejections().size() - MAX_LISTED) + " more");
            }
        }
    }
}
