package controlmap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages as a one-way street (docs/architecture.md): no two packages depend on each other, even through others,
 * and none reaches sideways past the layer it belongs to. Read from the compiled main classes, as the JVM sees them.
 */
class PackageRulesTest {

    /**
     * File formats still in {@code controlmap.api} until they move to a package of their own; {@code cli}, {@code ogc}
     * and {@code embed} use them, and the GeoPackage export opens a GeoPackage store.
     */
    private static final Set<String> FORMATS = Set.of("controlmap.api.Json", "controlmap.api.DatasetFiles",
            "controlmap.api.RawJson");
    private static final DescribedPredicate<JavaClass> FORMATS_IN_API = DescribedPredicate.describe(
            "the file formats still in controlmap.api", c -> FORMATS.contains(c.getName().split("\\$")[0]));

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("controlmap");
    }

    @Test
    void noPackageCycles() {
        slices().matching("controlmap.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void theDomainAndTheQueryEngineUseNoFramework() {
        classes().that().resideInAnyPackage("controlmap.domain..", "controlmap.query..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("controlmap.domain..", "controlmap.query..",
                        "java..", "org.locationtech.jts..")
                .check(main);
    }

    @Test
    void theStoreKnowsNeitherItsBackendsNorTheConfiguration() {
        noClasses().that().resideInAPackage("controlmap.store")
                .should().dependOnClassesThat().resideInAnyPackage("controlmap.store.gpkg..",
                        "controlmap.store.postgis..", "controlmap.store.jdbc..")
                .check(main);
        noClasses().that().resideInAPackage("controlmap.store..")
                .should().dependOnClassesThat().resideInAPackage("controlmap.config..")
                .check(main);
    }

    @Test
    void theEndpointsAskTheServiceNotAStoreBackend() {
        noClasses().that().resideInAnyPackage("controlmap.api..", "controlmap.ogc..", "controlmap.embed..",
                        "controlmap.tiles..", "controlmap.http..").and(not(FORMATS_IN_API))
                .should().dependOnClassesThat().resideInAnyPackage("controlmap.store.gpkg..",
                        "controlmap.store.postgis..", "controlmap.store.jdbc..")
                .check(main);
    }

    @Test
    void theCommandsDoNotUseTheEndpoints() {
        noClasses().that().resideInAPackage("controlmap.cli..")
                .should().dependOnClassesThat(resideInAnyPackage("controlmap.api..", "controlmap.ogc..",
                        "controlmap.embed..", "controlmap.tiles..").and(not(FORMATS_IN_API)))
                .check(main);
    }

    @Test
    void thePlumbingKnowsNoEndpoint() {
        noClasses().that().resideInAPackage("controlmap.http..")
                .should().dependOnClassesThat().resideInAnyPackage("controlmap.api..", "controlmap.ogc..",
                        "controlmap.embed..", "controlmap.tiles..", "controlmap.app..", "controlmap.cli..")
                .check(main);
    }

    @Test
    void theOtherApisUseThePlumbingNotTheReads() {
        noClasses().that().resideInAnyPackage("controlmap.ogc..", "controlmap.embed..", "controlmap.tiles..")
                .should().dependOnClassesThat(resideInAPackage("controlmap.api..").and(not(FORMATS_IN_API)))
                .check(main);
    }

    @Test
    void onlyTheCommandsUseTheWiring() {
        noClasses().that().resideOutsideOfPackages("controlmap", "controlmap.app..", "controlmap.cli..")
                .should().dependOnClassesThat().resideInAPackage("controlmap.app..")
                .check(main);
    }

    @Test
    void theServiceKnowsNothingOfHttp() {
        noClasses().that().resideInAnyPackage("controlmap.service..", "controlmap.store..", "controlmap.query..",
                        "controlmap.geo..", "controlmap.domain..", "controlmap.render..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "controlmap.http..", "controlmap.api..", "controlmap.app..")
                .check(main);
    }
}
