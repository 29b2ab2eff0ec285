package dev.tandem.mpc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TranscriptTest {

  private final byte[] sessionId = Fixtures.sessionId();
  private final ProofContext context = Fixtures.custodianToClient(sessionId);

  @Test
  void sameInputsGiveSameChallenges() {
    Transcript a = Transcript.start(context, "p").append("x", BigInteger.TEN);
    Transcript b = Transcript.start(context, "p").append("x", BigInteger.TEN);
    assertEquals(a.challengeScalar("e"), b.challengeScalar("e"));
    assertArrayEquals(a.digest(), b.digest());
  }

  @Test
  void everyContextFieldChangesTheDigest() {
    byte[] base = Transcript.start(context, "p").digest();
    byte[] otherSession = sessionId.clone();
    otherSession[0] ^= 1;
    ProofContext[] variants = {
      new ProofContext("sign", 2, sessionId, "tandem/custodian", "tandem/client"),
      new ProofContext("keygen", 3, sessionId, "tandem/custodian", "tandem/client"),
      new ProofContext("keygen", 2, otherSession, "tandem/custodian", "tandem/client"),
      new ProofContext("keygen", 2, sessionId, "tandem/custodian/x", "tandem/client"),
      new ProofContext("keygen", 2, sessionId, "tandem/custodian", "tandem/client/x"),
      Fixtures.swapped(context),
    };
    for (ProofContext variant : variants) {
      assertFalse(Arrays.equals(base, Transcript.start(variant, "p").digest()), variant.toString());
    }
    assertFalse(Arrays.equals(base, Transcript.start(context, "q").digest()));
  }

  @Test
  void framingIsUnambiguous() {
    byte[] a = Transcript.start(context, "p").append("ab", new byte[] {'c'}).digest();
    byte[] b = Transcript.start(context, "p").append("a", new byte[] {'b', 'c'}).digest();
    assertFalse(Arrays.equals(a, b));
    byte[] positive = Transcript.start(context, "p").append("x", BigInteger.ONE).digest();
    byte[] negative = Transcript.start(context, "p").append("x", BigInteger.ONE.negate()).digest();
    assertFalse(Arrays.equals(positive, negative));
  }

  @Test
  void appendDoesNotMutate() {
    Transcript base = Transcript.start(context, "p");
    byte[] before = base.digest();
    Transcript forkA = base.append("x", BigInteger.ONE);
    Transcript forkB = base.append("x", BigInteger.TWO);
    assertArrayEquals(before, base.digest());
    assertNotEquals(forkA.challengeScalar("e"), forkB.challengeScalar("e"));
  }

  @Test
  void challengesRespectTheirRanges() {
    Transcript t = Transcript.start(context, "p");
    BigInteger q = Secp256k1.order();
    for (int i = 0; i < 200; i++) {
      Transcript ti = t.append("i", i);
      BigInteger e = ti.challengeSigned("e", q);
      assertTrue(e.abs().compareTo(q) <= 0);
      assertTrue(ti.challengeScalar("s").compareTo(q) < 0);
    }
    BigInteger small = BigInteger.valueOf(3);
    boolean[] seen = new boolean[7];
    for (int i = 0; i < 200; i++) {
      BigInteger e = t.append("i", i).challengeSigned("e", small);
      seen[e.intValueExact() + 3] = true;
    }
    for (boolean s : seen) {
      assertTrue(s);
    }
    BigInteger n = BigInteger.valueOf(3 * 5 * 7 * 11 * 13);
    for (BigInteger u : t.challengeUnits("y", n, 500)) {
      assertTrue(u.signum() > 0 && u.compareTo(n) < 0);
      assertEquals(BigInteger.ONE, u.gcd(n));
    }
    boolean[] bits = t.challengeBits("b", 80);
    int ones = 0;
    for (boolean b : bits) {
      ones += b ? 1 : 0;
    }
    assertTrue(ones > 10 && ones < 70);
  }

  @Test
  void differentLabelsGiveIndependentChallenges() {
    Transcript t = Transcript.start(context, "p");
    assertNotEquals(t.challengeScalar("e1"), t.challengeScalar("e2"));
  }

  @Test
  void contextRejectsBadInput() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProofContext("keygen", 1, new byte[31], "a", "b"));
    assertThrows(
        IllegalArgumentException.class, () -> new ProofContext("keygen", 1, sessionId, "a", "a"));
    assertThrows(
        IllegalArgumentException.class, () -> new ProofContext("", 1, sessionId, "a", "b"));
  }
}
