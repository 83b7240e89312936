package space.consortium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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

    @Test
    void webClassesDoNotUseEngines() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..engine..")
                .because("a web class shows the module's report records; engine types are not the API")
                .check(CLASSES);
    }

    @Test
    void publicRecordsOutsideEnginesHoldNoEngineTypes() {
        DescribedPredicate<JavaClass> publicRecords = DescribedPredicate.describe("public records",
                c -> c.isRecord() && c.getModifiers().contains(JavaModifier.PUBLIC));
        classes().that(publicRecords).and().resideOutsideOfPackage("..engine..")
                .should(holdNoEngineTypes())
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> holdNoEngineTypes() {
        return new ArchCondition<>("hold no engine type in a component") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                for (JavaField field : record.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.STATIC)) {
                        continue;
                    }
                    for (JavaClass type : field.getAllInvolvedRawTypes()) {
                        if (type.getPackageName().contains(".engine")) {
                            events.add(SimpleConditionEvent.violated(record, record.getName() + "." + field.getName()
                                    + " is of engine type " + type.getName()));
                        }
                    }
                }
            }
        };
    }

    @Test
    void noMainSourceFileIsOver500Lines() throws IOException {
        Path root = Path.of("src/main/java/space/consortium");
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > 500) {
                    tooLong.put(name, lines);
                }
            }
        }
        assertThat(tooLong).as("main source files over 500 lines").isEmpty();
    }

    @Test
    void everyPackageHasANullMarkedPackageInfo() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (Stream<Path> files = Files.list(dir)) {
                    hasClasses = files.anyMatch(f -> f.toString().endsWith(".java")
                            && !f.getFileName().toString().equals("package-info.java"));
                }
                Path info = dir.resolve("package-info.java");
                if (hasClasses && (!Files.exists(info) || !Files.readString(info).contains("@NullMarked"))) {
                    missing.add(root.relativize(dir).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(missing).as("packages without a @NullMarked package-info.java").isEmpty();
    }
}
