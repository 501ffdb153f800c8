package controlmap.launch;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap bound {@code serve} runs with when the operator chose none: enough for the store's claims in memory with
 * room for the collector, never more than half the machine's memory, so that a million claims stay well under 2 GiB of
 * resident memory instead of the JVM's default bound of a quarter of the machine (6 GiB on 24 GiB), which the
 * collector grows into under load.
 *
 * <p>The estimate is from the GeoPackage file's size, measured on generated archives: the index holds about
 * {@value #LIVE_PER_STORE_BYTE_PERCENT}% of the file's bytes as live heap (places, claims without their
 * quotes, the tree); the bound is {@value #BASE_MIB} MiB for the service itself (caches, Jetty, the picture renderer)
 * plus twice that estimate, so that G1 collects in time without full collections.
 */
public final class HeapBound {

    /** MiB of heap the service needs with an empty store: answer and picture caches, Jetty, the seed. */
    static final long BASE_MIB = 256;
    /** Live heap per 100 bytes of GeoPackage file: 564 MiB for the 1,924 MiB of a million generated claims. */
    static final long LIVE_PER_STORE_BYTE_PERCENT = 30;
    /** Headroom factor over the live estimate for the collector. */
    static final long HEADROOM = 2;
    /** No bound below this: the seed store with room to answer. */
    static final long FLOOR_MIB = 512;

    private static final long MIB = 1024 * 1024;
    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmgt]?)", Pattern.CASE_INSENSITIVE);

    private HeapBound() {
    }

    /**
     * The bound for a store of {@code storeBytes} on a machine with {@code machineBytes} of memory, in MiB.
     *
     * @param storeBytes   size of the GeoPackage file and its write-ahead log; 0 when it does not exist yet (it is then
     *                     created and seeded)
     * @param machineBytes physical memory, or the container's limit
     * @return {@value #BASE_MIB} MiB + {@value #HEADROOM} × {@value #LIVE_PER_STORE_BYTE_PERCENT}% of the store, at
     *         least {@value #FLOOR_MIB} MiB, at most half of {@code machineBytes} (and never below 64 MiB)
     */
    public static long forStore(long storeBytes, long machineBytes) {
        long live = storeBytes / 100 * LIVE_PER_STORE_BYTE_PERCENT;
        long wanted = BASE_MIB + ceilMib(HEADROOM * live);
        long cap = Math.max(64, machineBytes / 2 / MIB);
        return Math.min(cap, Math.max(FLOOR_MIB, wanted));
    }

    /**
     * A size as the JVM's {@code -Xmx} takes it ({@code 1536m}, {@code 2g}, {@code 900M}, bytes without a unit), in MiB.
     *
     * @return the size, empty when {@code text} is not such a size or is under 64 MiB
     */
    public static OptionalLong parseMib(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLong) {
            return OptionalLong.empty();
        }
        long mib = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> n / 1024;
            case "m" -> n;
            case "g" -> n * 1024;
            case "t" -> n * 1024 * 1024;
            default -> n / MIB;
        };
        return mib < 64 ? OptionalLong.empty() : OptionalLong.of(mib);
    }

    private static long ceilMib(long bytes) {
        return (bytes + MIB - 1) / MIB;
    }
}
