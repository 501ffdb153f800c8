package controlmap.bench;

import controlmap.domain.Claim;
import controlmap.query.ControlQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The as-of engine ({@link controlmap.query.ClaimIndex}) at 10k, 100k and 1M claims, each question drawn from a fixed
 * random list, beside two baselines over the same claims: a {@link HashMap} lookup of one claim by id (the cheapest
 * question there is) and a scan of every claim for one source and day (the answer without an index). The index was
 * built in setup from the generator's data, not read from a file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int claims;

    private BenchData data;
    private Map<String, Claim> byId;
    private Claim[] all;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        data = new BenchData(claims);
        byId = new HashMap<>();
        data.claims.forEach(c -> byId.put(c.id(), c));
        all = data.claims.toArray(new Claim[0]);
    }

    private int question() {
        next = (next + 1) & (BenchData.QUESTIONS - 1);
        return next;
    }

    /** One source's answer in a 0.5° × 0.5° viewport on a random day. */
    @Benchmark
    public int controlViewport() {
        int q = question();
        return data.index.control(new ControlQuery(data.days[q], data.sources[q], null, data.viewports[q])).size();
    }

    /** One source's answer for the whole country on a random day. */
    @Benchmark
    public int controlCountry() {
        int q = question();
        return data.index.control(new ControlQuery(data.days[q], data.sources[q], null, null)).size();
    }

    /** Where all sources disagree in a 0.5° viewport on a random day. */
    @Benchmark
    public int disputesViewport() {
        int q = question();
        return data.index.disputes(data.days[q], null, null, data.viewports[q]).size();
    }

    /** How a random place changed hands, every source. */
    @Benchmark
    public int timeline() {
        return data.index.timeline(data.placeIds[question()], null).size();
    }

    /** Baseline: one claim looked up by id in a HashMap of all of them. */
    @Benchmark
    public Claim baselineHashMapLookup() {
        return byId.get(data.claimIds[question()]);
    }

    /** Baseline: the claims of one source in force on a day, found by scanning every claim (no index). */
    @Benchmark
    public int baselineScan() {
        int q = question();
        LocalDate day = data.days[q];
        String source = data.sources[q];
        int n = 0;
        for (Claim c : all) {
            if (c.source().equals(source) && c.inForceOn(day)) {
                n++;
            }
        }
        return n;
    }
}
