package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeFilterTest {

    @ParameterizedTest(name = "{0} -> [{1}, {2}]")
    @CsvSource(nullValues = "null", value = {
        "2017-12-07,                             2017-12-07T00:00:00Z, 2017-12-07T00:00:00Z",
        "2017-12-07T,                            2017-12-07T00:00:00Z, 2017-12-07T00:00:00Z",
        "2017-12-07T10:30:00Z,                   2017-12-07T10:30:00Z, 2017-12-07T10:30:00Z",
        "2017-12-07t10:30:00z,                   2017-12-07T10:30:00Z, 2017-12-07T10:30:00Z",
        "2017-12-07T10:30:00+02:00,              2017-12-07T08:30:00Z, 2017-12-07T08:30:00Z",
        "2017-12-07T10:30:00.5-01:00,            2017-12-07T11:30:00.5Z, 2017-12-07T11:30:00.5Z",
        "2017-12-07T10:30:00,                    2017-12-07T10:30:00Z, 2017-12-07T10:30:00Z",
        "2017-01-01/2017-12-07,                  2017-01-01T00:00:00Z, 2017-12-07T00:00:00Z",
        "../2017-01-01,                          null,                 2017-01-01T00:00:00Z",
        "/2017-01-01,                            null,                 2017-01-01T00:00:00Z",
        "2017-12-07/..,                          2017-12-07T00:00:00Z, null",
        "2017-12-07/,                            2017-12-07T00:00:00Z, null",
        "2017-12-01T/..,                         2017-12-01T00:00:00Z, null",
        "2017-12-01/P7D,                         2017-12-01T00:00:00Z, 2017-12-08T00:00:00Z",
        "2017-12-01/P1M,                         2017-12-01T00:00:00Z, 2018-01-01T00:00:00Z",
        "2017-12-01T00:00:00Z/PT36H,             2017-12-01T00:00:00Z, 2017-12-02T12:00:00Z",
        "2017-12-01/P1DT12H,                     2017-12-01T00:00:00Z, 2017-12-02T12:00:00Z",
        "P7D/2017-12-08,                         2017-12-01T00:00:00Z, 2017-12-08T00:00:00Z",
        "2017-12-07/2017-12-07,                  2017-12-07T00:00:00Z, 2017-12-07T00:00:00Z",
    })
    void parses(String value, String start, String end) {
        TimeFilter f = TimeFilter.parse(value);
        assertEquals(start == null ? null : Instant.parse(start), f.start());
        assertEquals(end == null ? null : Instant.parse(end), f.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../..", "/", "..", "2017-02-30", "2017-13-01", "yesterday", "2017-12-07/2017-12-01",
        "P7D", "P7D/P1D", "../P7D", "2017-12-01/P-7D", "2017-12-01/PXD", "2017-12-01/2017-12-02/2017-12-03",
        "2017-12-07T25:00:00Z", "12/07/2017"})
    void rejects(String value) {
        assertThrows(IllegalArgumentException.class, () -> TimeFilter.parse(value));
    }

    /** Validity [from, to) of days against a filter: the table the claims collection answers by. */
    @ParameterizedTest(name = "[{0}, {1}) in {2}: {3}")
    @CsvSource(nullValues = "null", value = {
        "2017-12-07, null,       2017-12-07,            true",   // instant = valid_from: in force
        "2017-12-07, 2017-12-10, 2017-12-10,            false",  // instant = valid_to: no longer in force
        "2017-12-07, 2017-12-10, 2017-12-09T23:59:59Z,  true",
        "2017-12-07, 2017-12-10, 2017-12-06T23:59:59Z,  false",
        "2017-12-07, 2017-12-10, 2017-12-10/..,         false",
        "2017-12-07, 2017-12-10, 2017-12-09/..,         true",
        "2017-12-07, 2017-12-10, ../2017-12-07,         true",   // closed end touches valid_from
        "2017-12-07, 2017-12-10, ../2017-12-06,         false",
        "2014-01-01, null,       2020-01-01/..,         true",   // open validity
        "2017-12-01, 2017-12-08, 2017-11-24/P7D,        true",   // P7D ends at 2017-12-01: touches
        "2017-12-02, 2017-12-08, 2017-11-24/P7D,        false",
    })
    void overlaps(LocalDate from, LocalDate to, String filter, boolean expected) {
        assertEquals(expected, TimeFilter.parse(filter).overlaps(from, to));
    }
}
