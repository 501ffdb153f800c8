package controlmap.store.postgis;

import java.util.regex.Pattern;

/** A JDBC URL fit for logs and error messages: the password parameter's value is replaced by {@code ***}. */
final class Redacted {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&]*");

    private Redacted() {
    }

    static String url(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
