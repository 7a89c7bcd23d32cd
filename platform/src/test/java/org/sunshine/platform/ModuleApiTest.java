package org.sunshine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * A module's API is what its root package shows, so it must show only what others use: a public
 * type in a root package is used by another module's production code, or is an event the module
 * publishes (events are API by design: the modules to come listen to them). Everything else is
 * package-private or lives in an {@code internal} sub-package.
 */
class ModuleApiTest {

  private static final ApplicationModules MODULES =
      ApplicationModules.of(SunshineApplication.class);
  private static final Map<String, Set<String>> REACHED = new ConcurrentHashMap<>();
  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sunshine.platform");

  @Test
  void aRootPackageShowsOnlyWhatAnotherModuleUsesOrTheEventsItPublishes() {
    List<String> unused = new ArrayList<>();
    MODULES.forEach(m -> unused.addAll(unusedPublicTypes(m.getBasePackage().getName())));
    assertThat(unused)
        .as("public types no other module uses: make them package-private or move them to internal")
        .isEmpty();
  }

  @Test
  void everyModuleDeclaresTheModulesItMayDependOn() {
    List<String> undeclared =
        MODULES.stream()
            .filter(m -> !declaresAllowedDependencies(m.getBasePackage().getName()))
            .map(m -> m.getName())
            .toList();
    assertThat(undeclared).as("package-info.java without allowedDependencies").isEmpty();
  }

  private static List<String> unusedPublicTypes(String root) {
    Set<String> events = publishedEvents(root);
    return PRODUCTION.stream()
        .filter(c -> c.getPackageName().equals(root))
        .filter(c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !events.contains(c.getName()))
        .filter(c -> !usedOutside(c, root))
        .map(JavaClass::getName)
        .toList();
  }

  /** What the module publishes: types constructed in a method that calls publishEvent. */
  private static Set<String> publishedEvents(String root) {
    return PRODUCTION.stream()
        .filter(c -> c.getPackageName().equals(root) || c.getPackageName().startsWith(root + "."))
        .flatMap(c -> c.getCodeUnits().stream())
        .filter(
            m ->
                m.getMethodCallsFromSelf().stream()
                    .anyMatch(
                        call ->
                            call.getTarget().getName().equals("publishEvent")
                                && call.getTargetOwner()
                                    .isAssignableTo(ApplicationEventPublisher.class)))
        .flatMap(m -> m.getConstructorCallsFromSelf().stream())
        .map(call -> call.getTargetOwner().getName())
        .collect(Collectors.toSet());
  }

  private static boolean usedOutside(JavaClass type, String root) {
    return type.getDirectDependenciesToSelf().stream()
            .map(d -> d.getOriginClass().getPackageName())
            .anyMatch(p -> !inside(p, root))
        || reachedThroughCalls(root).contains(type.getName());
  }

  /**
   * Types in the signatures of the module's methods that other modules call: a view record a facade
   * returns inside a list is used by its caller even where the caller never names it.
   */
  private static Set<String> reachedThroughCalls(String root) {
    return REACHED.computeIfAbsent(root, ModuleApiTest::signatureTypesCalledFromOutside);
  }

  private static Set<String> signatureTypesCalledFromOutside(String root) {
    return PRODUCTION.stream()
        .filter(c -> !inside(c.getPackageName(), root))
        .flatMap(c -> c.getMethodCallsFromSelf().stream())
        .filter(call -> inside(call.getTargetOwner().getPackageName(), root))
        .flatMap(call -> call.getTarget().resolveMember().stream())
        .flatMap(
            m ->
                Stream.concat(Stream.of(m.getReturnType()), m.getParameterTypes().stream())
                    .flatMap(t -> t.getAllInvolvedRawTypes().stream()))
        .map(JavaClass::getName)
        .collect(Collectors.toSet());
  }

  private static boolean inside(String pkg, String root) {
    return pkg.equals(root) || pkg.startsWith(root + ".");
  }

  private static boolean declaresAllowedDependencies(String root) {
    Class<?> info;
    try {
      info = Class.forName(root + ".package-info");
    } catch (ClassNotFoundException e) {
      return false;
    }
    ApplicationModule annotation = info.getAnnotation(ApplicationModule.class);
    return annotation != null
        && !List.of(annotation.allowedDependencies()).equals(List.of(ApplicationModule.OPEN_TOKEN));
  }
}
