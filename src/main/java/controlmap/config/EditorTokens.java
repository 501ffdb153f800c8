package controlmap.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may edit: editor names with their bearer tokens, from {@code CONTROLMAP_TOKENS=name:token,name:token}. Read
 * once at start; the app gets it as a constructor dependency, so tests pass tokens without touching the environment.
 *
 * <p>Only SHA-256 digests of the tokens are kept. {@link #editor} compares the digest of the presented token with
 * every configured digest using {@link MessageDigest#isEqual} (constant time) and without stopping at a match, so the
 * time taken says nothing about the tokens. No method, message or {@link #toString} ever contains a token.
 */
public final class EditorTokens {

    public static final String ENV = "CONTROLMAP_TOKENS";
    /** Shortest accepted token: 16 characters (a guessable token would make the check pointless). */
    public static final int MIN_TOKEN_CHARS = 16;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{" + MIN_TOKEN_CHARS + ",512}");

    private record Entry(String name, byte[] digest) {
    }

    private final List<Entry> entries;

    private EditorTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No editors: every write answers 403. */
    public static EditorTokens none() {
        return new EditorTokens(List.of());
    }

    /** From the environment variable {@value #ENV}; none when unset or blank. */
    public static EditorTokens fromEnvironment() {
        return parse(System.getenv(ENV));
    }

    /**
     * Parses {@code name:token,name:token}. Names: 1–64 of {@code A-Za-z0-9._@-}; tokens: at least
     * {@value #MIN_TOKEN_CHARS} printable ASCII characters without spaces; names and tokens unique. Null or blank
     * means no editors.
     *
     * @throws IllegalArgumentException saying which entry is wrong and why (never quoting the entry: it may be a token)
     */
    public static EditorTokens parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return none();
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> digests = new HashSet<>();
        String[] parts = spec.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int colon = part.indexOf(':');
            String where = ENV + " entry " + (i + 1) + " of " + parts.length;
            if (colon < 0) {
                throw new IllegalArgumentException(where + " has no ':'; each entry is name:token");
            }
            String name = part.substring(0, colon);
            String token = part.substring(colon + 1);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(where + ": the name must be 1-64 of A-Z a-z 0-9 . _ @ -");
            }
            if (!TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException(where + " (" + name + "): the token must be at least "
                        + MIN_TOKEN_CHARS + " printable ASCII characters without spaces or commas");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": the name " + name + " is given twice");
            }
            byte[] digest = sha256(token);
            if (!digests.add(java.util.HexFormat.of().formatHex(digest))) {
                throw new IllegalArgumentException(where + " (" + name + "): the same token is given to two names");
            }
            entries.add(new Entry(name, digest));
        }
        return new EditorTokens(entries);
    }

    /** True when no editor is configured (writes are disabled). */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The configured editor names, in the order given. */
    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** The editor whose token {@code presented} is, or empty; takes the same time whichever entry (if any) matches. */
    public Optional<String> editor(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] digest = sha256(presented);
        String found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(digest, e.digest()) && found == null) {
                found = e.name();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public String toString() {
        return "EditorTokens" + names();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
