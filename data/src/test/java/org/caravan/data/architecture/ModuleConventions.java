package org.caravan.data.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every module holds its own classes to: its packages have no cycles, each is {@code @NullMarked}, and no two
 * public types share a simple name. A module's architecture test extends this with its root package and adds its
 * own boundaries; the other modules reach it through this module's test jar. One instance per module test, so the
 * classes are read once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleConventions {

    private final String root;
    private final JavaClasses classes;

    protected ModuleConventions(String root) {
        this.root = root;
        this.classes = mainClasses(root);
    }

    /** The module's own compiled classes, without its tests. */
    protected final JavaClasses moduleClasses() {
        return classes;
    }

    /** The compiled classes below a root package, without tests. */
    public static JavaClasses mainClasses(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageIsNullMarked() {
        assertThat(packagesNotNullMarked(classes)).isEmpty();
    }

    @Test
    void noTwoPublicTypesShareASimpleName() {
        assertThat(publicSimpleNamesUsedTwice(classes)).isEmpty();
    }

    /** The packages of these classes whose package-info is not annotated {@code @NullMarked}. */
    public static Set<String> packagesNotNullMarked(JavaClasses classes) {
        Set<String> missing = new TreeSet<>();
        for (String pkg : classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet())) {
            try {
                Class<?> info = Class.forName(pkg + ".package-info");
                if (!info.isAnnotationPresent(NullMarked.class)) {
                    missing.add(pkg);
                }
            } catch (ClassNotFoundException none) {
                missing.add(pkg);
            }
        }
        return missing;
    }

    /** Simple names that more than one public type (top-level or nested) carries, with the types. */
    public static Map<String, List<String>> publicSimpleNamesUsedTwice(JavaClasses classes) {
        return classes.stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && !type.isAnonymousClass()
                        && !type.getSimpleName().equals("package-info"))
                .filter(type -> type.getEnclosingClass().map(outer -> outer.getModifiers().contains(JavaModifier.PUBLIC))
                        .orElse(true))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName,
                        Collectors.toList())))
                .entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
