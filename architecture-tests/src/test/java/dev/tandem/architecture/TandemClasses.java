package dev.tandem.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** The classes the rules run over, imported once per test JVM. */
final class TandemClasses {
  /** The real package root of every module. */
  static final String ROOT = "dev.tandem";

  /** The root of the deliberately broken fixture, laid out like {@link #ROOT}. */
  static final String FIXTURE_ROOT = "dev.tandem.architecture.fixture";

  private TandemClasses() {}

  /**
   * Production classes under {@code dev.tandem}, from the modules' jars (or {@code
   * target/classes} directories) on this module's test classpath. Tests are left out: those of
   * other modules are never on this classpath as directories, test jars are skipped, and this
   * module's own classes (rules, fixture) are excluded by package.
   */
  static JavaClasses production() {
    return Production.CLASSES;
  }

  /** The fixture classes, which break every rule. */
  static JavaClasses fixture() {
    return Fixture.CLASSES;
  }

  private static final class Production {
    static final JavaClasses CLASSES =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(TandemClasses::isNotTestJar)
            .withImportOption(TandemClasses::isNotArchitectureTests)
            .importPackages(ROOT);
  }

  private static final class Fixture {
    static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE_ROOT);
  }

  private static boolean isNotTestJar(Location location) {
    return !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar!/.*"));
  }

  private static boolean isNotArchitectureTests(Location location) {
    return !location.contains("/dev/tandem/architecture/");
  }
}
