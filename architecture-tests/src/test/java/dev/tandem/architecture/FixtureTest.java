package dev.tandem.architecture;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves that every rule bites: run over the broken fixture ({@code
 * dev.tandem.architecture.fixture}), each rule fails, and it fails on the classes planted for it
 * and on no innocent class (the fixture also holds look-alikes that must pass: a record named
 * {@code SigningSharePairId}, a {@code PublicKeyShare}, a {@code byte[] nonce} next to a
 * ciphertext, Dagger-generated factories in the application package, a program that prints, a cloud
 * adapter on the storage core, the wiring module using the engine and the JSON codec...).
 */
class FixtureTest {

  /**
   * The fixture classes (relative to the fixture root, nested classes under their top-level class)
   * that each rule must report. For a cycle rule, every reported cycle must go through one of them.
   */
  private static final Map<TandemRule, Set<String>> CULPRITS =
      Map.ofEntries(
          entry(
              TandemRule.DOMAIN_DEPENDS_ONLY_ON_JDK,
              Set.of("domain.AdapterCallingDomainService", "domain.JsonLeakingDomainService")),
          entry(
              TandemRule.APPLICATION_DEPENDS_ONLY_ON_DOMAIN,
              Set.of("application.InternalPeekingService")),
          entry(
              TandemRule.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
              Set.of(
                  "adapter.aws.S3FixtureStore",
                  "adapter.aws.wiring.AwsFixtureWiring",
                  "adapter.gcp.GcsFixtureStore")),
          entry(
              TandemRule.WIRING_DEPENDS_ON_NO_STORAGE_ADAPTER,
              Set.of("wiring.StorageLeakingWiring")),
          entry(
              TandemRule.ONLY_WIRING_AND_PROGRAMS_DEPEND_ON_ADAPTERS,
              Set.of("domain.AdapterCallingDomainService")),
          entry(
              TandemRule.MPC_ENGINE_DEPENDS_ONLY_ON_DOMAIN_AND_BOUNCY_CASTLE,
              Set.of("mpc.LazyEngineHelper")),
          entry(
              TandemRule.ONLY_WIRING_AND_PROGRAMS_DEPEND_ON_MPC_ENGINE,
              Set.of("adapter.inmemory.StrayComponent", "application.InternalPeekingService")),
          entry(
              TandemRule.NO_CYCLES_BETWEEN_MODULES,
              Set.of(
                  "domain.AdapterCallingDomainService",
                  "adapter.aws.S3FixtureStore",
                  "adapter.gcp.GcsFixtureStore")),
          entry(
              TandemRule.NO_CYCLES_BETWEEN_ADAPTERS,
              Set.of("adapter.aws.S3FixtureStore", "adapter.gcp.GcsFixtureStore")),
          entry(
              TandemRule.NO_FRAMEWORK_OR_CLOUD_TYPES_IN_DOMAIN_OR_APPLICATION,
              Set.of("domain.JsonLeakingDomainService")),
          entry(
              TandemRule.BOUNCY_CASTLE_ONLY_IN_MPC_ENGINE,
              Set.of("domain.JsonLeakingDomainService")),
          entry(TandemRule.AWS_ONLY_IN_AWS_ADAPTER, Set.of("adapter.gcp.GcsFixtureStore")),
          entry(TandemRule.GOOGLE_CLOUD_ONLY_IN_GCP_ADAPTER, Set.of("adapter.aws.S3FixtureStore")),
          entry(
              TandemRule.INTERNAL_PACKAGES_ONLY_USED_BY_THEIR_MODULE,
              Set.of("adapter.gcp.GcsFixtureStore", "application.InternalPeekingService")),
          entry(
              TandemRule.DAGGER_ONLY_IN_MODULES_AND_WIRING_COMPONENTS,
              Set.of("adapter.inmemory.StrayComponent", "mpc.LazyEngineHelper")),
          entry(
              TandemRule.SECRET_TYPES_ARE_NOT_RECORDS,
              Set.of("domain.model.SessionNonce", "domain.secret.BackupKey")),
          entry(
              TandemRule.RECORDS_HOLD_NO_SECRETS,
              Set.of(
                  "domain.model.BackupBundle",
                  "domain.model.ImportedKey",
                  "domain.model.ProvisionResult",
                  "domain.model.SigningKeyMaterial",
                  "domain.port.StoredEnvelope")),
          entry(
              TandemRule.LIBRARIES_DO_NOT_USE_STANDARD_STREAMS,
              Set.of("adapter.inmemory.PrintingStore")),
          entry(
              TandemRule.LIBRARIES_DO_NOT_USE_JAVA_UTIL_LOGGING,
              Set.of("adapter.inmemory.JulLoggingStore")),
          entry(
              TandemRule.NO_FIELD_INJECTION,
              Set.of(
                  "adapter.inmemory.FieldInjectedStore",
                  "adapter.inmemory.JavaxFieldInjectedStore")));

  @Test
  void everyRuleHasCulprits() {
    assertEquals(EnumSet.allOf(TandemRule.class), EnumSet.copyOf(CULPRITS.keySet()));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TandemRule.class)
  void failsOnTheFixture(TandemRule rule) {
    ArchRule archRule = rule.forRoot(TandemClasses.FIXTURE_ROOT);

    assertThrows(AssertionError.class, () -> archRule.check(TandemClasses.fixture()));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TandemRule.class)
  void reportsExactlyItsCulprits(TandemRule rule) {
    Set<String> culprits = CULPRITS.get(rule);
    EvaluationResult result =
        rule.forRoot(TandemClasses.FIXTURE_ROOT).evaluate(TandemClasses.fixture());

    List<Set<String>> violations = new ArrayList<>();
    result.handleViolations(
        (Collection<Object> objects, String message) -> {
          for (Object object : objects) {
            violations.add(originsOf(object));
          }
        },
        new Object[0]);

    Set<String> reported = new TreeSet<>();
    violations.forEach(reported::addAll);
    assertTrue(
        reported.containsAll(culprits),
        () -> rule + " missed " + difference(culprits, reported) + "; it reported " + reported);
    for (Set<String> origins : violations) {
      assertTrue(
          origins.stream().anyMatch(culprits::contains),
          () -> rule + " reported innocent " + origins + "\n" + result.getFailureReport());
    }
  }

  /** The fixture classes, relative to the fixture root, at the origin of a violation. */
  private static Set<String> originsOf(Object violating) {
    Set<String> origins = new TreeSet<>();
    if (violating instanceof Dependency dependency) {
      origins.add(relativeName(dependency.getOriginClass()));
    } else if (violating instanceof JavaAccess<?> access) {
      origins.add(relativeName(access.getOriginOwner()));
    } else if (violating instanceof JavaMember member) {
      origins.add(relativeName(member.getOwner()));
    } else if (violating instanceof JavaClass javaClass) {
      origins.add(relativeName(javaClass));
    } else if (violating instanceof Convertible convertible) {
      // Slice dependencies and cycles: the class dependencies they are made of.
      for (Dependency dependency : convertible.convertTo(Dependency.class)) {
        origins.add(relativeName(dependency.getOriginClass()));
      }
    } else {
      throw new AssertionError("unexpected violating object " + violating.getClass());
    }
    return origins;
  }

  private static String relativeName(JavaClass javaClass) {
    return Rules.topLevel(javaClass)
        .getName()
        .substring(TandemClasses.FIXTURE_ROOT.length() + 1);
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
