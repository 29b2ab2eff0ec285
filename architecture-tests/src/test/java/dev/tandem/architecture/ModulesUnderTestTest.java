package dev.tandem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules only see the classes on this module's test classpath, and a rule about a module that
 * is not there passes without checking anything. So: every module of the build is a dependency of
 * this one, and its classes are really imported.
 */
class ModulesUnderTestTest {
  /** Modules that are not libraries the rules must see. */
  private static final Set<String> NOT_CHECKED = Set.of("architecture-tests", "benchmarks");

  /**
   * Module directory to package root (each module owns exactly one, as the README's module table
   * lists them); adapters-X maps to adapter.X.
   */
  private static final Map<String, String> PACKAGE_ROOTS =
      Map.of(
          "domain", "domain",
          "application", "application",
          "mpc-engine", "mpc",
          "wiring", "wiring",
          "cli", "cli");

  private static final Pattern ADAPTER_MODULE = Pattern.compile("adapters-([a-z0-9]+)");

  @Test
  void everyModuleOfTheBuildIsOnTheClasspathAndImported() throws Exception {
    Path basedir = Path.of(System.getProperty("basedir", "."));
    List<String> modules = childElements(basedir.resolve("../pom.xml"), "modules", "module");
    List<String> dependencies = artifactIds(basedir.resolve("pom.xml"));
    assertFalse(modules.isEmpty(), "no <module> found in the root pom");

    List<String> problems = new ArrayList<>();
    for (String module : modules) {
      if (NOT_CHECKED.contains(module)) {
        continue;
      }
      String packageRoot = packageRootOf(module);
      if (packageRoot == null) {
        problems.add(
            "module '" + module + "' has no package root known to ModulesUnderTestTest: add it"
                + " there (each module owns one package root) and make sure Rules covers it");
        continue;
      }
      String artifactId = "tandem-" + module;
      if (!dependencies.contains(artifactId)) {
        problems.add(
            "module '" + module + "' is in the build but not checked: add to"
                + " architecture-tests/pom.xml <dependency><groupId>dev.tandem</groupId>"
                + "<artifactId>" + artifactId + "</artifactId><scope>test</scope></dependency>");
        continue;
      }
      String fullRoot = TandemClasses.ROOT + "." + packageRoot;
      boolean imported =
          TandemClasses.production().stream()
              .map(JavaClass::getPackageName)
              .anyMatch(p -> p.equals(fullRoot) || p.startsWith(fullRoot + "."));
      if (!imported) {
        problems.add(
            "no class of module '" + module + "' (" + fullRoot + "..) was imported from the"
                + " classpath");
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void importsProductionClassesOnly() {
    assertTrue(
        TandemClasses.production().contain("dev.tandem.domain.secret.SecretBytes"),
        "the domain's classes must be imported from its jar");
    assertTrue(
        TandemClasses.production().stream()
            .noneMatch(c -> c.getPackageName().startsWith("dev.tandem.architecture")),
        "this module's rules and fixture must not be checked as production code");
    assertTrue(
        TandemClasses.production().stream().noneMatch(c -> c.getSimpleName().endsWith("Test")),
        "other modules' tests must not be imported");
  }

  @Test
  void aRuleOverNoClassesFails() {
    // archunit.properties sets archRule.failOnEmptyShould: a rule about a package with no imported
    // class must fail rather than pass vacuously.
    assertThrows(
        AssertionError.class,
        () ->
            classes()
                .that()
                .resideInAPackage("dev.tandem.nowhere..")
                .should()
                .bePublic()
                .check(TandemClasses.production()));
  }

  private static String packageRootOf(String module) {
    Matcher adapter = ADAPTER_MODULE.matcher(module);
    if (adapter.matches()) {
      return "adapter." + adapter.group(1);
    }
    return PACKAGE_ROOTS.get(module);
  }

  /** The text of every {@code <child>} directly under the project's {@code <parent>}. */
  private static List<String> childElements(Path pom, String parent, String child)
      throws Exception {
    Element project = parse(pom);
    List<String> values = new ArrayList<>();
    NodeList parents = project.getElementsByTagName(parent);
    for (int i = 0; i < parents.getLength(); i++) {
      Element element = (Element) parents.item(i);
      if (element.getParentNode() != project) {
        continue;
      }
      NodeList children = element.getElementsByTagName(child);
      for (int j = 0; j < children.getLength(); j++) {
        values.add(children.item(j).getTextContent().trim());
      }
    }
    return values;
  }

  /** The artifact ids of the project's own {@code <dependencies>}. */
  private static List<String> artifactIds(Path pom) throws Exception {
    Element project = parse(pom);
    Set<String> ids = new LinkedHashSet<>();
    NodeList lists = project.getElementsByTagName("dependencies");
    for (int i = 0; i < lists.getLength(); i++) {
      Element list = (Element) lists.item(i);
      if (list.getParentNode() != project) {
        continue;
      }
      NodeList artifactIds = list.getElementsByTagName("artifactId");
      for (int j = 0; j < artifactIds.getLength(); j++) {
        ids.add(artifactIds.item(j).getTextContent().trim());
      }
    }
    return new ArrayList<>(ids);
  }

  private static Element parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
  }
}
