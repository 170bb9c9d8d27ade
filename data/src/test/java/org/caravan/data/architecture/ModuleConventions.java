package org.caravan.data.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.jspecify.annotations.NullMarked;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks every module makes of its own classes: each package is {@code @NullMarked}, and no two public types share a
 * simple name. Shared by the modules' architecture tests through their test classpath.
 */
public final class ModuleConventions {

    private ModuleConventions() {
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
