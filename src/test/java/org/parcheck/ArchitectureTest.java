package org.parcheck;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessField;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules (docs/architecture/house-rules.md), enforced on the compiled main classes. */
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
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(classes);
    }

    /**
     * One slice per feature ({@code org.parcheck.<feature>..}), except the protection windows (#19,
     * {@code protection.ui}): the protection core is a library below {@code common} (common.util seals files with it)
     * and depends on nothing of ParCheck, while its windows use common.fx like every screen; in one slice the two
     * looked like a cycle that the code does not have.
     */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith("org.parcheck.")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring("org.parcheck.".length());
            if (rest.equals("protection.ui") || rest.startsWith("protection.ui.")) {
                return SliceIdentifier.of("protection.ui");
            }
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "the features of org.parcheck, with the protection windows apart from the protection core";
        }
    };

    /**
     * The packages that are the window: feature {@code ui} packages, the JavaFX helpers, and the app's shell (its root
     * package with ParCheckApp and MainWindow, the shell, navigation). In {@code app.settings} and
     * {@code app.backup}, which hold both a screen and its service, only the screen's view and view model.
     */
    private static final DescribedPredicate<JavaClass> WINDOW_SIDE = DescribedPredicate.describe(
            "a class of the window (ui packages, common.fx, the app shell, XxxView and XxxViewModel)",
            type -> resideInAnyPackage("..ui..", "org.parcheck.common.fx..", "org.parcheck.app",
                    "org.parcheck.app.shell..", "org.parcheck.app.navigation..").test(type)
                    || type.getName().replaceAll("\\$.*", "").matches(".*(View|ViewModel)"));

    @Test
    void onlyTheWindowSideUsesJavaFx() {
        noClasses().that(DescribedPredicate.not(WINDOW_SIDE))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("domain, services, persistence, reports and the command line run without a display "
                        + "(the command line, the report writers, the tests without the FX toolkit)")
                .check(classes);
    }

    /** The command line prints; everything else logs (app/AppLogging) or tells the user in the window. */
    private static final DescribedPredicate<JavaClass> CONSOLE_ALLOWED = DescribedPredicate.describe(
            "the command line (app.cli, app.Main)",
            type -> type.getPackageName().startsWith("org.parcheck.app.cli")
                    || type.getName().replaceAll("\\$.*", "").equals("org.parcheck.app.Main"));

    @Test
    void onlyTheCommandLinePrintsOrExits() {
        noClasses().that(DescribedPredicate.not(CONSOLE_ALLOWED))
                .should(accessField(System.class, "out"))
                .orShould(accessField(System.class, "err"))
                .orShould(callMethod(System.class, "exit", int.class))
                .orShould(callMethod(Runtime.class, "halt", int.class))
                .orShould(callMethod(Runtime.class, "exit", int.class))
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("a message on the console vanishes in an installed app: log it, or show it in the window")
                .check(classes);
    }

    /**
     * The background executor is the one place that starts threads. Listed exceptions, each with its reason:
     * PackageInbox's timer looks into the inbox folder twice a second for the window's whole life (a repeating
     * schedule, not a task with a result; a daemon thread stopped on close).
     */
    private static final DescribedPredicate<JavaClass> MAY_START_THREADS = DescribedPredicate.describe(
            "the background executor or a listed exception",
            type -> type.getName().replaceAll("\\$.*", "").matches(
                    "org\\.parcheck\\.common\\.fx\\.FxBackgroundExecutor|org\\.parcheck\\.app\\.PackageInbox"));

    @Test
    void threadsAreStartedOnlyByTheBackgroundExecutor() {
        noClasses().that(DescribedPredicate.not(MAY_START_THREADS))
                .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .orShould().callMethodWhere(target(owner(assignableTo(java.util.concurrent.Executors.class))))
                .orShould().callConstructorWhere(target(owner(assignableTo(java.util.Timer.class))))
                .orShould().callConstructorWhere(target(owner(assignableTo(
                        java.util.concurrent.ThreadPoolExecutor.class))))
                .orShould().callMethodWhere(target(owner(assignableTo(java.util.concurrent.CompletableFuture.class)))
                        .and(target(nameMatching("(run|supply)Async"))))
                .because("all off-thread work goes through the BackgroundExecutor: one pool, one writer thread, "
                        + "callbacks on the FX thread, a same-thread version for tests")
                .check(classes);
    }

    /**
     * D38: picocli's model of every command is built in code ({@code app.cli.CommandModel}); reading picocli's
     * annotations would cost every cold command about 70 ms of reflection and annotation proxies.
     */
    @Test
    void commandsAreModelledInCodeNotByPicocliAnnotations() {
        noClasses().should().dependOnClassesThat()
                .haveNameMatching("picocli\\.CommandLine\\$"
                        + "(Command|Option|Parameters|Mixin|Spec|ArgGroup|ParentCommand|Unmatched)")
                .because("annotations are read by reflection at every start (D38)")
                .check(classes);
    }

    /**
     * Views and view models ask the user through {@code DialogService} (common.fx): alerts in the user's language
     * over their owner, file dialogs in the folder last used, testable with a recording fake. Listed exceptions:
     * the visit screen (answering.ui, moving to DialogService in its own part of #18), ParCheckApp's fatal
     * start-up alert and the first-start question (FirstStartDialog), both shown before any window or service
     * exists.
     */
    @Test
    void dialogsGoThroughTheDialogService() {
        noClasses().that().resideOutsideOfPackages("org.parcheck.common.fx..", "org.parcheck.answering.ui..")
                .and().doNotHaveFullyQualifiedName("org.parcheck.app.ParCheckApp")
                .and().doNotHaveFullyQualifiedName("org.parcheck.app.FirstStartDialog")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.parcheck.common.fx.FileChoosers")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.parcheck.common.fx.Dialogs")
                .because("one place shows dialogs: in the user's language, over the window in use, and fakeable "
                        + "in view-model tests")
                .check(classes);
    }
}
