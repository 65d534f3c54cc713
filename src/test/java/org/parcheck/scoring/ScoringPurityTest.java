package org.parcheck.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scoring package stays pure (style rule 6); its tests never sleep. */
class ScoringPurityTest {

    private static final JavaClasses SCORING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parcheck.scoring");

    @Test
    void scoringDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.parcheck.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jooq..",
                        "com.fasterxml..", "..persistence..", "..ui..")
                .check(SCORING);
        noClasses().that().resideInAPackage("org.parcheck.scoring..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.parcheck.scoring..", "java..")
                .check(SCORING);
    }

    @Test
    void scoringSubpackagesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.parcheck.scoring.(**)").should().beFreeOfCycles()
                .check(SCORING);
    }

    @Test
    void noScoringTestSleeps() throws IOException {
        String forbidden = "Thread" + ".sleep";
        try (Stream<Path> files = Files.walk(Path.of("src/test/java/org/parcheck/scoring"))) {
            List<Path> sleeping = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains(forbidden);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), sleeping);
        }
    }
}
