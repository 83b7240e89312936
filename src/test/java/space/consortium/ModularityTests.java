package space.consortium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("space.consortium");

    @Test
    void modulesOnlyUseEachOthersApiAndHaveNoCycles() {
        ApplicationModules.of(ConsortiumApplication.class).verify();
    }

    @Test
    void enginesAreFreeOfSpring() {
        noClasses().that().resideInAPackage("..engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void enginesDoNoIo() {
        noClasses().that().resideInAPackage("..engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().resideOutsideOfPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void repositoriesStayInsideTheirModule() {
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().bePublic()
                .check(CLASSES);
    }
}
