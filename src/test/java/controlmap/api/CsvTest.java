package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import controlmap.format.Csv;

class CsvTest {

    /** A value, and the cell RFC 4180 plus the formula guard make of it. */
    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of(null, ""),
                Arguments.of("", ""),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("line\nbreak", "\"line\nbreak\""),
                Arguments.of("=1+2", "'=1+2"),
                Arguments.of("+cmd", "'+cmd"),
                Arguments.of("-1", "'-1"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tx", "'\tx"),
                Arguments.of("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
                Arguments.of("not =1", "not =1"),
                Arguments.of("2017-12-07", "2017-12-07"),
                Arguments.of("MULTIPOLYGON (((1 2, 3 4)))", "\"MULTIPOLYGON (((1 2, 3 4)))\""));
    }

    @ParameterizedTest
    @MethodSource
    void cells(String value, String expected) {
        assertEquals(expected, Csv.cell(value));
    }

    @Test
    void recordsEndWithCrlf() {
        assertEquals("a,,\"b,c\"\r\n", Csv.record(Arrays.asList("a", null, "b,c")));
    }
}
