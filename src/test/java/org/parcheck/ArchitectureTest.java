package org.parcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of style.md, enforced on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parcheck");
    }

    @Test
    void scoringIsPureJava() {
        noClasses().that().resideInAPackage("org.parcheck.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jooq..",
                        "org.parcheck.persistence..", "..ui..", "org.parcheck.app..", "org.parcheck.plan..",
                        "org.parcheck.criteria..", "org.parcheck.answering..", "org.parcheck.report..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyPersistenceTouchesJooqAndJdbc() {
        noClasses().that().resideOutsideOfPackage("org.parcheck.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..",
                        "org.parcheck.persistence.jooq..")
                .check(classes);
    }

    @Test
    void generatedJooqTypesStayInPersistence() {
        noClasses().that().resideOutsideOfPackage("org.parcheck.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.parcheck.persistence.jooq..")
                .check(classes);
    }

    @Test
    void domainAndServicesDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.parcheck.plan", "org.parcheck.criteria", "org.parcheck.answering",
                        "org.parcheck.exchange", "org.parcheck.persistence..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void featuresDoNotUseEachOthersUi() {
        for (String feature : new String[] {"plan", "criteria", "answering", "report", "scoring", "exchange"}) {
            noClasses().that().resideOutsideOfPackages("org.parcheck." + feature + "..", "org.parcheck.app..")
                    .should().dependOnClassesThat().resideInAPackage("org.parcheck." + feature + ".ui..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("org.parcheck.(*)..").should().beFreeOfCycles().check(classes);
    }
}
