package controlmap.embed;

import controlmap.http.WireFormat;
import controlmap.render.PictureRenderer;
import controlmap.service.ControlMapService.Snapshot;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The view a map or embed URL asks for, read as leniently as the page reads it (web/js/state.js): a malformed value
 * or an unknown source is dropped, never an error, so a page always opens. The embed's own options ride along.
 *
 * @param date     the day shown, or null (the page shows the last day of the data)
 * @param source   the (first) map's source, or null for all sources
 * @param compare  the second map's source, or null
 * @param asOf     the knowledge date, or null
 * @param lat      map centre latitude, or null
 * @param lng      map centre longitude, or null
 * @param z        zoom, or null
 * @param controls embed controls: {@code none}, {@code time} or {@code full}; null when not given
 * @param legend   embed legend: {@code 0} or {@code 1}; null when not given
 * @param lang     embed language: {@code en} or {@code ar}; null when not given
 */
public record ViewState(LocalDate date, String source, String compare, LocalDate asOf, Double lat, Double lng, Double z,
                        String controls, String legend, String lang) {

    public static final String DATE = "date";
    public static final String SOURCE = "source";
    public static final String COMPARE = "compare";
    public static final String AS_OF = "as_of";
    public static final String LAT = "lat";
    public static final String LNG = "lng";
    public static final String Z = "z";
    public static final String CONTROLS = "controls";
    public static final String LEGEND = "legend";
    public static final String LANG = "lang";
    /** Every parameter of the view, in the order URLs carry them. */
    public static final List<String> PARAMETERS = List.of(DATE, SOURCE, COMPARE, AS_OF, LAT, LNG, Z, CONTROLS, LEGEND, LANG);
    public static final Set<String> CONTROL_VALUES = Set.of("none", "time", "full");
    public static final Set<String> LEGEND_VALUES = Set.of("0", "1");
    public static final Set<String> LANG_VALUES = Set.of("en", "ar");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    /** "8 ديسمبر 2017": Arabic month names, Western digits, as Chromium's {@code Intl.DateTimeFormat('ar')} writes. */
    private static final DateTimeFormatter ARABIC_DAY = DateTimeFormatter.ofPattern("d MMMM y", ARABIC)
            .withDecimalStyle(DecimalStyle.STANDARD);

    /** The view of a query ({@code name → values}; the first value counts), checked against {@code data}. */
    public static ViewState parse(Map<String, List<String>> query, Snapshot data) {
        String source = known(id(first(query, SOURCE)), data);
        String compare = known(id(first(query, COMPARE)), data);
        if (compare != null && compare.equals(source)) {
            compare = null;
        }
        return new ViewState(day(first(query, DATE)), source, compare, day(first(query, AS_OF)),
                number(first(query, LAT), -90, 90), number(first(query, LNG), -180, 180), number(first(query, Z), 0, 22),
                oneOf(first(query, CONTROLS), CONTROL_VALUES), oneOf(first(query, LEGEND), LEGEND_VALUES),
                oneOf(first(query, LANG), LANG_VALUES));
    }

    /**
     * This view with its day pinned as the page would show it: clamped to {@code first..last}, the last day when
     * absent (so an embed keeps showing the same day when the data grows). Unchanged when the data has no dates.
     */
    public ViewState pinned(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return this;
        }
        LocalDate d = date == null || date.isAfter(last) ? last : date.isBefore(first) ? first : date;
        return new ViewState(d, source, compare, asOf, lat, lng, z, controls, legend, lang);
    }

    /** The map's part only: the embed options dropped. */
    public ViewState mapOnly() {
        return new ViewState(date, source, compare, asOf, lat, lng, z, null, null, null);
    }

    /**
     * The query string ({@code date=…&source=…}, no leading {@code ?}), parameters in {@link #PARAMETERS} order,
     * absent ones left out, numbers as the page writes them (4 decimals for lat/lng, 2 for z).
     */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, DATE, date == null ? null : date.toString());
        add(parts, SOURCE, source);
        add(parts, COMPARE, compare);
        add(parts, AS_OF, asOf == null ? null : asOf.toString());
        addCentre(parts);
        add(parts, CONTROLS, controls);
        add(parts, LEGEND, legend);
        add(parts, LANG, lang);
        return String.join("&", parts);
    }

    /** {@code lat=…&lng=…&z=…} as {@link #query} writes them, or null unless all three are set. */
    public String centreQuery() {
        if (lat == null || lng == null || z == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        addCentre(parts);
        return String.join("&", parts);
    }

    private void addCentre(List<String> parts) {
        add(parts, LAT, lat == null ? null : String.format(Locale.ROOT, "%.4f", lat));
        add(parts, LNG, lng == null ? null : String.format(Locale.ROOT, "%.4f", lng));
        add(parts, Z, z == null ? null : trim(Math.round(z * 100) / 100.0));
    }

    /**
     * "ControlMap — 8 December 2017 — SOHR vs Russian MoD (as reported by 7 December 2017)", as the page titles itself;
     * in Arabic for {@code lang=ar} (the sources' Arabic names where they have one, Arabic months, as the
     * embed writes them).
     */
    public String title(Snapshot data) {
        boolean ar = "ar".equals(lang);
        String who = source == null ? (ar ? "كل المصادر (الأغلبية)" : "all sources") : name(source, data, ar);
        String vs = compare == null ? "" : (ar ? " مقابل " : " vs ") + name(compare, data, ar);
        String known = asOf == null ? "" : ar ? " (كما أُعلن حتى " + day(asOf, true) + ")"
                : " (as reported by " + day(asOf, false) + ")";
        return "ControlMap — " + (date == null ? "" : day(date, ar)) + " — " + who + vs + known;
    }

    private static String day(LocalDate d, boolean ar) {
        return ar ? ARABIC_DAY.format(d) : PictureRenderer.day(d);
    }

    private static String name(String id, Snapshot data, boolean ar) {
        var s = data.sources().get(id);
        if (s == null) {
            return id;
        }
        return ar && s.nameAr() != null ? s.nameAr() : s.name();
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String id(String v) {
        return v != null && ID.matcher(v).matches() && !v.equals("all") ? v : null;
    }

    private static String known(String id, Snapshot data) {
        return id != null && data.hasSource(id) ? id : null;
    }

    private static LocalDate day(String v) {
        return WireFormat.day(v);
    }

    private static Double number(String v, double min, double max) {
        Double d = WireFormat.decimal(v);
        return d != null && d >= min && d <= max ? d : null;
    }

    private static String oneOf(String v, Set<String> allowed) {
        return v != null && allowed.contains(v) ? v : null;
    }
}
