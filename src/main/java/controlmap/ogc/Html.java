package controlmap.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Building blocks of the HTML pages. Every text that reaches a page goes through {@link #escape}: the data (quotes,
 * names, notes) is untrusted, and so is everything the request echoes (ids, query values in links).
 */
final class Html {

    private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222}"
            + "header{background:#243447;color:#fff;padding:.6em 1.2em}header a{color:#cde}"
            + "main{padding:1em 1.2em;max-width:78em}table{border-collapse:collapse;margin:.5em 0}"
            + "td,th{border:1px solid #ccd;padding:.25em .5em;text-align:left;vertical-align:top}"
            + "th{background:#eef}code{background:#f4f4f8;padding:0 .2em}.muted{color:#667}"
            + "svg{border:1px solid #ccd;background:#f8f8fb}";

    private Html() {
    }

    /** {@code s} with {@code & < > " '} replaced by entities; "" for null. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A link whose text and address are escaped. */
    static String a(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /**
     * A whole page: {@code title}, a trail of {@code crumbs} (label and address, escaped), the {@code body} (already
     * HTML), and every link of the resource, as the HTML conformance class asks; the JSON alternate is also announced
     * in the head.
     */
    static String page(String title, List<String[]> crumbs, String body, List<Link> links) {
        String jsonHref = Link.href(links, OgcNames.REL_ALTERNATE, "application/");
        StringBuilder b = new StringBuilder(4096);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" · ControlMap OGC API</title>")
                .append("<style>").append(STYLE).append("</style>");
        if (jsonHref != null) {
            b.append("<link rel=\"alternate\" type=\"application/json\" href=\"").append(escape(jsonHref)).append("\">");
        }
        b.append("</head><body><header>");
        for (int i = 0; i < crumbs.size(); i++) {
            b.append(i == 0 ? "" : " › ").append(a(crumbs.get(i)[1], crumbs.get(i)[0]));
        }
        b.append("</header><main><h1>").append(escape(title)).append("</h1>").append(body);
        if (!links.isEmpty()) {
            b.append("<h2>Links</h2>").append(linkList(links));
        }
        return b.append("</main></body></html>").toString();
    }

    /** A list of links: each with its title (or rel), its rel and media type. */
    static String linkList(List<Link> links) {
        StringBuilder b = new StringBuilder("<ul>");
        for (Link l : links) {
            b.append("<li>").append(a(l.href(), l.title() != null ? l.title() : l.rel()))
                    .append(" <span class=\"muted\">(").append(escape(l.rel())).append(", ")
                    .append(escape(l.type())).append(")</span></li>");
        }
        return b.append("</ul>").toString();
    }

    /** The text of a JSON value for a table cell: strings as they are, null as "", others as JSON. */
    static String cell(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        return escape(v.isTextual() ? v.asText() : v.toString());
    }

    /** A two-column table of every member of {@code object}. */
    static String propertyTable(JsonNode object) {
        StringBuilder b = new StringBuilder("<table><tr><th>property</th><th>value</th></tr>");
        object.properties().forEach(e -> b.append("<tr><th>").append(escape(e.getKey())).append("</th><td>")
                .append(cell(e.getValue())).append("</td></tr>"));
        return b.append("</table>").toString();
    }
}
