package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import controlmap.http.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null | JSON",
        "*/* | JSON",
        "application/json | JSON",
        "application/geo+json, application/json | JSON",
        "text/html | HTML",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        "application/json;q=0.5, text/html;q=0.6 | HTML",
        "application/json, text/html | JSON",
        "text/* | HTML",
        "application/* | JSON",
        "application/xml, */*;q=0.1 | JSON",
        "text/html;q=0, */* | JSON",
    })
    void negotiates(String accept, Format expected) {
        assertEquals(expected, Format.fromAccept(accept, OgcNames.GEOJSON, OgcNames.JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "image/png, text/plain", "*/*;q=0", "application/json;q=0"})
    void refusesWhatIsNotOffered(String accept) {
        ApiException e = assertThrows(ApiException.class, () -> Format.fromAccept(accept, OgcNames.JSON));
        assertEquals(406, e.status());
    }
}
