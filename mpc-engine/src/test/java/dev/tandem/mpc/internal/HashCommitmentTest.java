package dev.tandem.mpc.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class HashCommitmentTest {

  private final byte[] sessionId = Fixtures.sessionId();
  private final byte[] payload = {1, 2, 3, 4};

  @Test
  void honestOpeningVerifies() {
    HashCommitment c = HashCommitment.commit("keygen/q2", sessionId, "tandem/client", payload,
        Fixtures.RANDOM);
    assertEquals(32, c.commitment().length);
    assertDoesNotThrow(() -> HashCommitment.verifyOpening(c.commitment(), "keygen/q2", sessionId,
        "tandem/client", payload, c.randomness()));
  }

  @Test
  void anyChangedField_isRejected() {
    HashCommitment c = HashCommitment.commit("keygen/q2", sessionId, "tandem/client", payload,
        Fixtures.RANDOM);
    byte[] otherSession = sessionId.clone();
    otherSession[5] ^= 1;
    byte[] otherPayload = payload.clone();
    otherPayload[0] ^= 1;
    byte[] otherRandomness = c.randomness();
    otherRandomness[31] ^= 1;
    byte[] otherCommitment = c.commitment();
    otherCommitment[0] ^= 1;
    assertRejected(c.commitment(), "keygen/q1", sessionId, "tandem/client", payload,
        c.randomness());
    assertRejected(c.commitment(), "keygen/q2", otherSession, "tandem/client", payload,
        c.randomness());
    assertRejected(c.commitment(), "keygen/q2", sessionId, "tandem/custodian", payload,
        c.randomness());
    assertRejected(c.commitment(), "keygen/q2", sessionId, "tandem/client", otherPayload,
        c.randomness());
    assertRejected(c.commitment(), "keygen/q2", sessionId, "tandem/client", payload,
        otherRandomness);
    assertRejected(otherCommitment, "keygen/q2", sessionId, "tandem/client", payload,
        c.randomness());
    assertRejected(c.commitment(), "keygen/q2", sessionId, "tandem/client", payload,
        Arrays.copyOf(c.randomness(), 31));
  }

  @Test
  void randomnessIsFreshAndNotPrinted() {
    HashCommitment a = HashCommitment.commit("t", sessionId, "s", payload, Fixtures.RANDOM);
    HashCommitment b = HashCommitment.commit("t", sessionId, "s", payload, Fixtures.RANDOM);
    assertFalse(Arrays.equals(a.randomness(), b.randomness()));
    assertFalse(a.toString().contains(Hex.toHexString(a.randomness())));
  }

  private static void assertRejected(byte[] commitment, String tag, byte[] session, String sender,
      byte[] payload, byte[] randomness) {
    assertThrows(GeneralSecurityException.class,
        () -> HashCommitment.verifyOpening(commitment, tag, session, sender, payload, randomness));
  }
}
