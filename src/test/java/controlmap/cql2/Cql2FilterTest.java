package controlmap.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** CQL2 text and JSON read into one tree, checked against queryables, evaluated on a feature: tables of cases. */
class Cql2FilterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A claim-like schema: strings, dates (one nullable), a number, a boolean. */
    private static final Queryables QUERYABLES = Queryables.fromSchema(tree("""
            {"type": "object", "properties": {
              "source": {"type": "string"}, "actor": {"type": "string"}, "quote": {"type": "string"},
              "valid_from": {"type": "string", "format": "date", "nullable": true},
              "valid_to": {"type": "string", "format": "date", "nullable": true},
              "recorded_at": {"type": "string", "format": "date-time"},
              "version": {"type": "integer"}, "own_geometry": {"type": "boolean"},
              "retraction": {"type": "object"}}}"""));

    /** SOHR says SDF from 2017-10-17, open, over a 1x1 square at (38, 35). */
    private static final Cql2Filter.Row CLAIM = row("""
            {"source": "sohr", "actor": "sdf", "quote": "It's 100% 'taken'", "valid_from": "2017-10-17",
             "valid_to": null, "recorded_at": "2026-11-01T10:00:00Z", "version": 2, "own_geometry": false}""",
            "POLYGON ((38 35, 39 35, 39 36, 38 36, 38 35))");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            source = 'sohr'                                              | true
            source <> 'sohr'                                             | false
            "source" = 'sohr' and actor = 'sdf'                          | true
            source = 'isw' OR actor = 'sdf'                              | true
            NOT source = 'isw'                                           | true
            valid_from >= '2017-10-17'                                   | true
            valid_from > '2017-10-17'                                    | false
            valid_from < DATE('2017-10-18')                              | true
            valid_from = TIMESTAMP('2017-10-17T00:00:00Z')               | true
            valid_to < '2018-01-01'                                      | false
            NOT valid_to < '2018-01-01'                                  | false
            valid_to IS NULL                                             | true
            valid_to IS NOT NULL                                         | false
            valid_from IS NOT NULL AND valid_from >= '2017-01-01'        | true
            recorded_at > '2026-11-01'                                   | true
            version = 2                                                  | true
            version BETWEEN 1 AND 2                                      | true
            version NOT BETWEEN 1 AND 2                                  | false
            valid_from BETWEEN '2017-01-01' AND '2017-12-31'             | true
            own_geometry = FALSE                                         | true
            actor IN ('isis', 'sdf')                                     | true
            actor NOT IN ('isis', 'syria')                               | true
            quote LIKE '%100\\%%'                                        | true
            quote LIKE 'It''s%'                                          | true
            quote LIKE 'it_s%'                                           | false
            quote NOT LIKE '%taken%'                                     | false
            S_INTERSECTS(geometry, BBOX(38.5, 35.5, 40, 37))             | true
            S_INTERSECTS(geometry, BBOX(38.5, 35.5, -170, 37))           | true
            S_INTERSECTS(geometry, BBOX(40.5, 34, 36.5, 37))             | false
            S_INTERSECTS(geometry, POINT(40 40))                         | false
            S_WITHIN(geometry, POLYGON((37 34, 40 34, 40 37, 37 37, 37 34))) | true
            S_DISJOINT(geometry, MULTIPOINT((40 40), 41 41))             | true
            s_contains(geometry, LINESTRING(38.1 35.1, 38.2 35.2))       | true
            T_INTERSECTS(INTERVAL(valid_from, valid_to), INTERVAL('2018-01-01', '..')) | true
            T_INTERSECTS(INTERVAL(valid_from, valid_to), INTERVAL('..', '2017-10-16')) | false
            T_AFTER(valid_from, DATE('2017-01-01'))                      | true
            T_BEFORE(valid_from, INTERVAL('2017-10-18', '2017-12-31'))   | true
            T_DURING(valid_from, INTERVAL('2017-10-01', '2017-10-31'))   | true
            T_STARTS(INTERVAL(valid_from, '2017-12-01'), INTERVAL(valid_from, valid_to)) | true
            T_EQUALS(valid_from, DATE('2017-10-17'))                     | true
            TRUE                                                         | true
            (source = 'isw' OR false) AND true                           | false
            """)
    void evaluatesTheTextEncoding(String filter, boolean expected) {
        assertEquals(expected, Cql2Filter.compile(Cql2Text.parse(filter), QUERYABLES).test(CLAIM), filter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            source = 'sohr' AND valid_from >= DATE('2017-01-01') | {"op":"and","args":[{"op":"=","args":[{"property":"source"},"sohr"]},{"op":">=","args":[{"property":"valid_from"},{"date":"2017-01-01"}]}]}
            NOT actor IN ('isis', 'sdf')                         | {"op":"not","args":[{"op":"in","args":[{"property":"actor"},["isis","sdf"]]}]}
            valid_to IS NULL                                     | {"op":"isNull","args":[{"property":"valid_to"}]}
            quote LIKE 'It%'                                     | {"op":"like","args":[{"property":"quote"},"It%"]}
            version BETWEEN 1 AND 3                              | {"op":"between","args":[{"property":"version"},1,3]}
            S_INTERSECTS(geometry, BBOX(38, 35, 39, 36))         | {"op":"s_intersects","args":[{"property":"geometry"},{"bbox":[38,35,39,36]}]}
            S_INTERSECTS(geometry, POINT(38.5 35.5))             | {"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":[38.5,35.5]}]}
            T_INTERSECTS(INTERVAL(valid_from, valid_to), INTERVAL('2017-01-01', '..')) | {"op":"t_intersects","args":[{"interval":[{"property":"valid_from"},{"property":"valid_to"}]},{"interval":["2017-01-01",".."]}]}
            """)
    void readsTheJsonEncodingIntoTheSameTree(String text, String json) {
        assertEquals(Cql2Text.parse(text), Cql2Json.parse(json));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            source = 'sohr' AND                 | line 1, column 20 (character 20) at the end of the filter
            source = 'sohr' ANDD actor = 'sdf'  | line 1, column 17 (character 17) at 'ANDD'
            source == 'sohr'                    | line 1, column 9 (character 9) at '='
            source = 'sohr                      | line 1, column 10 (character 10)
            valid_from >= DATE('8 Dec 2017')    | DATE at line 1, column 15 (character 15): '8 Dec 2017' is not a day
            """)
    void namesWhereTheTextStopsMakingSense(String filter, String where) {
        Cql2Exception e = assertThrows(Cql2Exception.class, () -> Cql2Text.parse(filter));
        assertTrue(e.getMessage().contains(where), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            colour = 'red'                 | unknown property 'colour'
            valid_from >= 'last year'      | 'last year' (a string) is not a day
            version = 'two'                | cannot compare 'two' (a string) with property 'version' (a number)
            own_geometry < TRUE            | '<' does not order
            quote LIKE 3                   | the pattern of LIKE needs a string
            T_AFTER(source, DATE('2017-01-01')) | T_AFTER needs dates, timestamps or intervals; got property 'source'
            S_INTERSECTS(valid_from, POINT(1 2)) | S_INTERSECTS needs a geometry; got property 'valid_from'
            """)
    void refusesWhatDoesNotCompare(String filter, String why) {
        Cql2Exception e = assertThrows(Cql2Exception.class,
                () -> Cql2Filter.compile(Cql2Text.parse(filter), QUERYABLES));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @ParameterizedTest(name = "{0} LIKE {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            abc          | abc        | true
            abc          | a%         | true
            abc          | %c         | true
            abc          | %b%        | true
            abc          | a_c        | true
            abc          | a_         | false
            abc          | %%%        | true
            ''           | %          | true
            a%c          | a\\%c      | true
            abc          | a\\%c      | false
            a_c          | a\\_c      | true
            abc          | a\\_c      | false
            mississippi  | %iss%ppi   | true
            mississippi  | %iss%pp    | false
            """)
    void likeMatchesAsSqlDoes(String text, String pattern, boolean expected) {
        assertEquals(expected, Cql2Filter.like(text, pattern));
    }

    @Test
    void likeStaysLinearOnPatternsThatBlowUpRegularExpressions() {
        String text = "a".repeat(20_000);
        String pattern = "%a".repeat(40) + "b";
        assertEquals(false, Cql2Filter.like(text, pattern), "answers at all (a backtracking regex would not)");
    }

    @Test
    void nestingDeeperThanTheStackIsAnErrorNotACrash() {
        String deep = "(".repeat(200_000) + "TRUE" + ")".repeat(200_000);
        assertTrue(assertThrows(Cql2Exception.class, () -> Cql2Text.parse(deep)).getMessage()
                .contains("nested too deeply"));
    }

    @Test
    void jsonErrorsNameThePointer() {
        Cql2Exception e = assertThrows(Cql2Exception.class,
                () -> Cql2Json.parse("{\"op\":\"and\",\"args\":[{\"op\":\"=\",\"args\":[1]},true]}"));
        assertTrue(e.getMessage().contains("/args/0/args"), e.getMessage());
        assertTrue(assertThrows(Cql2Exception.class, () -> Cql2Json.parse("{\"op\":\"near\",\"args\":[]}"))
                .getMessage().contains("unknown operator 'near'"));
    }

    @Test
    void givesTheBoxAnIndexCanUseOnlyWhenTheFilterRequiresIt() {
        Envelope box = Cql2Filter.compile(Cql2Text.parse(
                "source = 'sohr' AND S_INTERSECTS(geometry, BBOX(38, 35, 40, 37))"), QUERYABLES).box();
        assertEquals(new Envelope(38, 40, 35, 37), box);
        assertEquals(null, Cql2Filter.compile(Cql2Text.parse(
                "source = 'sohr' OR S_INTERSECTS(geometry, BBOX(38, 35, 40, 37))"), QUERYABLES).box());
        assertEquals(null, Cql2Filter.compile(Cql2Text.parse(
                "S_DISJOINT(geometry, BBOX(38, 35, 40, 37))"), QUERYABLES).box());
    }

    @Test
    void queryablesTypeDatesAsDates() {
        ObjectNode schema = QUERYABLES.jsonSchema("http://x/queryables", "Claims");
        assertEquals("date", schema.at("/properties/valid_from/format").asText());
        assertEquals("null", schema.at("/properties/valid_to/type/1").asText());
        assertEquals("primary-geometry", schema.at("/properties/geometry/x-ogc-role").asText());
        assertTrue(schema.at("/properties/retraction").isMissingNode());
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cql2Filter.Row row(String properties, String wkt) {
        JsonNode p = tree(properties);
        Geometry g;
        try {
            g = new WKTReader().read(wkt);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Cql2Filter.Row() {
            @Override
            public JsonNode property(String name) {
                return p.get(name);
            }

            @Override
            public Geometry geometry() {
                return g;
            }
        };
    }
}
