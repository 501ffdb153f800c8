package controlmap.domain;

/**
 * Who said it.
 *
 * @param id          stable identifier ({@code russia-mod}, {@code sohr}, …)
 * @param name        display name
 * @param kind        one of {@link #KINDS}
 * @param url         home page, may be null
 * @param outlet      the outlet through which we know its statements, may be null
 * @param description provenance notes, may be null
 * @param nameAr      display name in Arabic (for {@code lang=ar} embeds and their titles), may be null
 * @param affiliation for a person: the organisation they belong to or the outlet that published them (e.g.
 *                    {@code Diyaruna} for a journalist it quoted); may be null
 */
public record Source(String id, String name, String kind, String url, String outlet, String description,
                     String nameAr, String affiliation) {
    /** Bodies ({@code government} … {@code outlet}) and persons ({@code journalist} … {@code expert}). */
    public static final java.util.Set<String> KINDS = java.util.Set.of("government", "military", "monitor",
            "news-agency", "outlet", "analyst", "journalist", "official", "expert");

    /** A source without an affiliation. */
    public Source(String id, String name, String kind, String url, String outlet, String description,
                  String nameAr) {
        this(id, name, kind, url, outlet, description, nameAr, null);
    }

    /** A source without an Arabic name. */
    public Source(String id, String name, String kind, String url, String outlet, String description) {
        this(id, name, kind, url, outlet, description, null);
    }
}
