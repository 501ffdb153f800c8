package controlmap.cli;

import controlmap.domain.Claim;
import controlmap.store.ClaimStore;
import controlmap.store.gpkg.GeoPackageClaimStore;
import controlmap.synth.SyntheticDataset;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a deterministic synthetic dataset to a new GeoPackage, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic dataset to a new GeoPackage, for benchmarks: N places tiling "
                + "Syria (valid, non-overlapping polygons of 20-60 vertices, clipped to the outline), S invented "
                + "sources, the seed data's actors, and for every place and source C claims over 2014-2019 whose "
                + "validity chains one into the next: N x S x C claims. The same arguments give the same file contents.",
            "Exit status: 0 written, 2 the output exists or cannot be written."})
public final class GenerateCommand implements Callable<Integer> {

    /** Claims per write transaction. */
    static final int BATCH = 20_000;
    static final String EDITOR = "generate";

    @Option(names = "--places", required = true, description = "How many places (N), at least 1.")
    int places;

    @Option(names = "--sources", required = true, description = "How many sources (S), at least 1.")
    int sources;

    @Option(names = "--changes", required = true, description = "Claims (changes of hands) per place and source (C), 1-500.")
    int changes;

    @Option(names = "--out", required = true, description = "The GeoPackage to write (.gpkg); must not exist.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (Files.exists(out)) {
            err.println("generate: " + out + " exists already; give a new file");
            err.flush();
            return 2;
        }
        SyntheticDataset data;
        try {
            data = new SyntheticDataset(places, sources, changes, seed);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.flush();
            return 2;
        }
        long started = System.nanoTime();
        try (ClaimStore store = GeoPackageClaimStore.open(out)) {
            write(data, store);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        stdout.printf(Locale.ROOT, "Generated %s: %d places, %d sources, %d actors, %d claims in %.1f s%n", out,
                data.placeCount(), data.sources().size(), data.actors().size(), data.claimCount(), seconds);
        stdout.flush();
        return 0;
    }

    /** Writes {@code data} into {@code store}: actors, sources, places, then the claims in transactions of {@link #BATCH}. */
    void write(SyntheticDataset data, ClaimStore store) {
        store.putActors(data.actors());
        store.putSources(data.sources());
        store.putPlaces(data.places());
        if (quiet) {
            writeClaims(data, store, n -> { });
            return;
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("claims").setInitialMax(data.claimCount())
                .setUpdateIntervalMillis(500).showSpeed().setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setStyle(System.console() == null ? ProgressBarStyle.ASCII : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .build()) {
            writeClaims(data, store, bar::stepBy);
        }
    }

    private static void writeClaims(SyntheticDataset data, ClaimStore store, LongConsumer progress) {
        List<Claim> batch = new ArrayList<>(BATCH + 1000);
        for (int p = 0; p < data.placeCount(); p++) {
            batch.addAll(data.claimsAbout(p));
            if (batch.size() >= BATCH || p == data.placeCount() - 1) {
                store.addClaims(batch, EDITOR);
                progress.accept(batch.size());
                batch.clear();
            }
        }
    }
}
