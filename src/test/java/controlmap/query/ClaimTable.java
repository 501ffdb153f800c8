package controlmap.query;

import controlmap.domain.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: claims written as a table, one per line, columns separated by {@code |}:
 * <pre>
 * id | source | place | actor | from | to | reported | recorded | flags
 * </pre>
 * A blank {@code from} is a start the source did not give, a blank {@code to} is open, a blank {@code reported} is
 * {@code from} (2017-01-01 without one), a blank {@code recorded} is the line's number among the claims (1, 2, …).
 * Flags (optional, space separated): {@code retracted}, {@code presence}, {@code part}, {@code v2} (a version number),
 * or a WKT geometry, the claim's own shape. Blank lines and lines starting with {@code #} are skipped.
 */
final class ClaimTable {

    private ClaimTable() {
    }

    static List<Claim> parse(String table) {
        List<Claim> out = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String row = line.strip();
            if (!row.isEmpty() && !row.startsWith("#")) {
                out.add(row(row.split("\\|", -1), out.size() + 1));
            }
        }
        return out;
    }

    private static Claim row(String[] cells, int number) {
        ClaimBuilder b = ClaimBuilder.claim(cell(cells, 0)).source(cell(cells, 1)).place(cell(cells, 2))
                .actor(cell(cells, 3)).from(cell(cells, 4)).to(cell(cells, 5)).reported(cell(cells, 6));
        String recorded = cell(cells, 7);
        b.recorded(recorded == null ? number : Long.parseLong(recorded));
        String flags = cell(cells, 8);
        if (flags != null) {
            flag(b, flags);
        }
        return b.build();
    }

    private static void flag(ClaimBuilder b, String flags) {
        if (flags.startsWith("POLYGON") || flags.startsWith("MULTIPOLYGON")) {
            b.geometry(flags);
            return;
        }
        for (String f : flags.split("\\s+")) {
            if (f.equals("retracted")) {
                b.retracted();
            } else if (f.equals("presence")) {
                b.presence();
            } else if (f.equals("part")) {
                b.part();
            } else if (f.matches("v\\d+")) {
                b.version(Integer.parseInt(f.substring(1)));
            } else {
                throw new IllegalArgumentException("unknown flag " + f);
            }
        }
    }

    private static String cell(String[] cells, int i) {
        if (i >= cells.length) {
            return null;
        }
        String s = cells[i].strip();
        return s.isEmpty() ? null : s;
    }
}
