package dev.tandem.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.mpc.EngineSettings;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TandemSettingsTest {

  @Test
  void defaults_areTheCustodiansAndTheEnginesDefaults() {
    TandemSettings defaults = TandemSettings.defaults();

    assertEquals(EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS, defaults.paillierModulusBits());
    assertEquals(CosignSettings.DEFAULT, defaults.cosignSettings());
    assertEquals(
        new SessionWindow(CosignSettings.DEFAULT.sessionTimeout(), Duration.ofMinutes(1)),
        defaults.sessionWindow());
    assertEquals(Clock.systemUTC(), defaults.clock());
  }

  @Test
  void withers_changeOneValueEach() {
    TandemSettings changed =
        TandemSettings.defaults()
            .withPaillierModulusBits(EngineSettings.LARGE_PAILLIER_MODULUS_BITS)
            .withSessionTimeout(Duration.ofMinutes(2))
            .withAllowedClockSkew(Duration.ofSeconds(10))
            .withMaxLivePairsPerWallet(3);

    assertEquals(EngineSettings.LARGE_PAILLIER_MODULUS_BITS, changed.paillierModulusBits());
    assertEquals(
        new CosignSettings(Duration.ofMinutes(2)).withMaxLivePairsPerWallet(3),
        changed.cosignSettings());
    assertEquals(
        new SessionWindow(Duration.ofMinutes(2), Duration.ofSeconds(10)), changed.sessionWindow());
  }

  @Test
  void refusesWhatCannotWork() {
    TandemSettings defaults = TandemSettings.defaults();
    assertThrows(IllegalArgumentException.class, () -> defaults.withPaillierModulusBits(1024));
    assertThrows(IllegalArgumentException.class, () -> defaults.withSessionTimeout(Duration.ZERO));
    assertThrows(NullPointerException.class, () -> defaults.withSessionTimeout(null));
    assertThrows(
        IllegalArgumentException.class, () -> defaults.withAllowedClockSkew(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> defaults.withClock(null));
    assertThrows(NullPointerException.class, () -> defaults.withRandom(null));
    assertThrows(IllegalArgumentException.class, () -> defaults.withMaxLivePairsPerWallet(0));
  }
}
