package controlmap.geo;

import java.util.List;

/**
 * What one input document held: the items, each with its path in the document ({@code features[3]}; empty for a lone
 * Feature), and whether the document was a collection (which decides the shape of the answer).
 */
public record Decoded<T>(List<T> items, List<String> paths, boolean collection) {

    public Decoded {
        items = List.copyOf(items);
        paths = List.copyOf(paths);
        if (items.size() != paths.size()) {
            throw new IllegalArgumentException("one path per item");
        }
    }

    /** One item that was the whole document. */
    public static <T> Decoded<T> single(T item) {
        return new Decoded<>(List.of(item), List.of(""), false);
    }

    public T first() {
        return items.get(0);
    }

    public int size() {
        return items.size();
    }

    /** The path of item {@code i} joined with {@code member}: {@code features[3].properties.place}. */
    public String field(int i, String member) {
        return JsonFields.child(paths.get(i), member);
    }
}
