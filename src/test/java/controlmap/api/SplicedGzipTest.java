package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import controlmap.http.SplicedGzip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A head spliced before a tail deflated once inflates to the concatenation, CRC and length included. */
class SplicedGzipTest {

    static byte[] inflate(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    static byte[] text(int length, long seed) {
        Random r = new Random(seed);
        byte[] out = new byte[length];
        String alphabet = "{}[]\",:0123456789.abcdefghij    ";
        for (int i = 0; i < length; i++) {
            out[i] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
        }
        return out;
    }

    @ParameterizedTest(name = "head {0} bytes, tail {1} bytes")
    @CsvSource({"0, 0", "1, 0", "0, 1", "46, 3", "46, 66000", "65535, 10", "65536, 10", "200000, 300000", "46, 2000000"})
    void inflatesToHeadThenTail(int headLength, int tailLength) throws IOException {
        byte[] head = text(headLength, 1);
        byte[] tail = text(tailLength, 2);
        byte[] whole = new byte[headLength + tailLength];
        System.arraycopy(head, 0, whole, 0, headLength);
        System.arraycopy(tail, 0, whole, headLength, tailLength);
        assertArrayEquals(whole, inflate(new SplicedGzip(tail).gzip(head)));
    }

    @Test
    void anAnswerIsTheSameDocumentForEveryDayButTheDayItNames() throws IOException {
        String doc = "{\"type\":\"FeatureCollection\",\"date\":\"2017-12-08\",\"as_of\":null,\"numberReturned\":0,"
                + "\"features\":[" + "{\"date\":\"2017-12-08\"},".repeat(100) + "{}]}";
        EncodedAnswer a = EncodedAnswer.of(doc.getBytes(StandardCharsets.UTF_8), LocalDate.parse("2017-12-08"));
        String other = doc.replaceFirst("2017-12-08", "2018-01-01");
        assertEquals(other, new String(a.identity(LocalDate.parse("2018-01-01")), StandardCharsets.UTF_8));
        assertEquals(other, new String(inflate(a.gzip(LocalDate.parse("2018-01-01"))), StandardCharsets.UTF_8));
        assertEquals(doc, new String(inflate(a.gzip(LocalDate.parse("2017-12-08"))), StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class,
                () -> EncodedAnswer.of(doc.getBytes(StandardCharsets.UTF_8), LocalDate.parse("2017-12-09")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gzip|true", "gzip, deflate, br|true", " GZIP |true", "br, zstd|false",
        "gzip;q=0|false", "|false"})
    void readsAcceptEncodingAsTheServiceCompressionDoes(String header, boolean gzip) {
        assertEquals(gzip, EncodedAnswer.acceptsGzip(header));
    }
}
