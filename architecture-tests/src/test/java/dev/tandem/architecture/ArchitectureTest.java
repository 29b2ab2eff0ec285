package dev.tandem.architecture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule holds for the real classes. */
class ArchitectureTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(TandemRule.class)
  void holds(TandemRule rule) {
    rule.forRoot(TandemClasses.ROOT).check(TandemClasses.production());
  }
}
