package dev.tandem.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;

/**
 * Every architecture rule, once. {@link ArchitectureTest} checks each against the real classes
 * and {@link FixtureTest} proves each one bites on the broken fixture, so a rule added here is
 * covered by both.
 */
public enum TandemRule {
  // Onion
  DOMAIN_DEPENDS_ONLY_ON_JDK(Rules::domainDependsOnlyOnJdk),
  APPLICATION_DEPENDS_ONLY_ON_DOMAIN(Rules::applicationDependsOnlyOnDomain),
  ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER(Rules::adaptersDoNotDependOnEachOther),
  WIRING_DEPENDS_ON_NO_STORAGE_ADAPTER(Rules::wiringDependsOnNoStorageAdapter),
  ONLY_WIRING_AND_PROGRAMS_DEPEND_ON_ADAPTERS(Rules::onlyWiringAndProgramsDependOnAdapters),
  MPC_ENGINE_DEPENDS_ONLY_ON_DOMAIN_AND_BOUNCY_CASTLE(
      Rules::mpcEngineDependsOnlyOnDomainAndBouncyCastle),
  ONLY_WIRING_AND_PROGRAMS_DEPEND_ON_MPC_ENGINE(Rules::onlyWiringAndProgramsDependOnMpcEngine),
  NO_CYCLES_BETWEEN_MODULES(Rules::noCyclesBetweenModules),
  NO_CYCLES_BETWEEN_ADAPTERS(Rules::noCyclesBetweenAdapters),
  // Boundaries
  NO_FRAMEWORK_OR_CLOUD_TYPES_IN_DOMAIN_OR_APPLICATION(
      Rules::noFrameworkOrCloudTypesInDomainOrApplication),
  BOUNCY_CASTLE_ONLY_IN_MPC_ENGINE(Rules::bouncyCastleOnlyInMpcEngine),
  AWS_ONLY_IN_AWS_ADAPTER(Rules::awsOnlyInAwsAdapter),
  GOOGLE_CLOUD_ONLY_IN_GCP_ADAPTER(Rules::googleCloudOnlyInGcpAdapter),
  INTERNAL_PACKAGES_ONLY_USED_BY_THEIR_MODULE(Rules::internalPackagesOnlyUsedByTheirModule),
  DAGGER_ONLY_IN_MODULES_AND_WIRING_COMPONENTS(Rules::daggerOnlyInModulesAndWiringComponents),
  // Secrets
  SECRET_TYPES_ARE_NOT_RECORDS(Rules::secretTypesAreNotRecords),
  RECORDS_HOLD_NO_SECRETS(Rules::recordsHoldNoSecrets),
  // Library hygiene
  LIBRARIES_DO_NOT_USE_STANDARD_STREAMS(Rules::librariesDoNotUseStandardStreams),
  LIBRARIES_DO_NOT_USE_JAVA_UTIL_LOGGING(Rules::librariesDoNotUseJavaUtilLogging),
  NO_FIELD_INJECTION(Rules::noFieldInjection);

  private final Function<String, ArchRule> factory;

  TandemRule(Function<String, ArchRule> factory) {
    this.factory = factory;
  }

  /** This rule over the module roots under {@code root} ({@code "dev.tandem"} for real). */
  public ArchRule forRoot(String root) {
    return factory.apply(root);
  }
}
