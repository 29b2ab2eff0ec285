package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.mpc.WindowedSessionRegistry;
import dev.tandem.mpc.internal.zk.RingPedersenGenerator;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * What the protocol tests share, made once per JVM: an executor, the client's ring-Pedersen
 * secret (as parts, restored fresh for each run, since a run owns and may destroy it), and two
 * honest keygen transcripts with the shares they produced (pairs "pair-a" and "pair-b" of one
 * wallet).
 *
 * <p>Clients stamp their sessions from a fixed clock, so a re-created deterministic client sends
 * the same bytes again; custodians admit them through registries whose clock reads one second
 * later, well inside the window.
 */
final class ProtocolFixtures {

  static final SecureRandom RANDOM = new SecureRandom();
  static final ForkJoinPool EXECUTOR =
      new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
  static final int BITS = 2048;
  static final String WALLET = "wallet-1";
  static final String PAIR_A = "pair-a";
  static final String PAIR_B = "pair-b";

  /** The time every test client stamps its sessions with. */
  static final Instant ISSUED_AT = Instant.parse("2026-03-01T12:00:00Z");

  /** The test clients' clock: always {@link #ISSUED_AT}. */
  static final Clock CLIENT_CLOCK = Clock.fixed(ISSUED_AT, ZoneOffset.UTC);

  /** The custodians' clock unless a test says otherwise: one second after {@link #ISSUED_AT}. */
  static final Clock CUSTODIAN_CLOCK = Clock.fixed(ISSUED_AT.plusSeconds(1), ZoneOffset.UTC);

  private ProtocolFixtures() {}

  /** The client's ring-Pedersen secret as (p̂, q̂, t, λ). */
  static BigInteger[] ringPedersenParts() {
    return RingPedersenHolder.PARTS.clone();
  }

  /** A fresh instance of the fixed ring-Pedersen secret. */
  static Supplier<RingPedersenSecret> ringPedersen() {
    return () -> {
      BigInteger[] parts = ringPedersenParts();
      try {
        return RingPedersenSecret.restore(parts[0], parts[1], parts[2], parts[3]);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** A fresh registry on {@link #CUSTODIAN_CLOCK}, with the engine tests' window. */
  static WindowedSessionRegistry newRegistry() {
    return new WindowedSessionRegistry(CUSTODIAN_CLOCK, WindowedSessionRegistry.WINDOW);
  }

  /** The deterministic client of a keygen for {@code pairId}, seeded with {@code seed}. */
  static ClientKeygen keygenClient(String pairId, long seed) {
    return new ClientKeygen(
        WALLET,
        pairId,
        BITS,
        new DeterministicRandom(seed),
        EXECUTOR,
        CLIENT_CLOCK,
        ringPedersen());
  }

  static CustodianKeygen keygenCustodian(String pairId) {
    return keygenCustodian(pairId, newRegistry());
  }

  static CustodianKeygen keygenCustodian(String pairId, SessionRegistryPort sessions) {
    return new CustodianKeygen(WALLET, pairId, BITS, RANDOM, EXECUTOR, sessions);
  }

  /** The honest keygen of pair A: its transcript and both shares. */
  static HonestKeygen pairA() {
    return KeygenHolder.A;
  }

  /** The honest keygen of pair B (same wallet, another key). */
  static HonestKeygen pairB() {
    return KeygenHolder.B;
  }

  /** An honest keygen run: its four messages and the encoded shares. */
  static final class HonestKeygen {
    final String pairId;
    final long clientSeed;
    final byte[][] messages;
    final byte[] clientShare;
    final byte[] custodianShare;

    private HonestKeygen(String pairId, long clientSeed) {
      this.pairId = pairId;
      this.clientSeed = clientSeed;
      ClientKeygen client = keygenClient(pairId, clientSeed);
      CustodianKeygen custodian = keygenCustodian(pairId);
      messages = new byte[4][];
      messages[0] = client.start();
      messages[1] = custodian.respond(messages[0]);
      messages[2] = client.handle(messages[1]);
      messages[3] = custodian.respond(messages[2]);
      if (client.handle(messages[3]) != null || !client.isComplete() || !custodian.isComplete()) {
        throw new IllegalStateException("honest keygen did not complete");
      }
      clientShare = client.output().encode();
      custodianShare = custodian.output().encode();
    }

    ClientShareMaterial client() {
      try {
        return ClientShareMaterial.decode(clientShare);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    CustodianShareMaterial custodian() {
      try {
        return CustodianShareMaterial.decode(custodianShare);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class RingPedersenHolder {
    static final BigInteger[] PARTS;

    static {
      RingPedersenSecret secret = new RingPedersenGenerator(RANDOM, EXECUTOR).generate();
      PARTS =
          new BigInteger[] {
            secret.secretPrimeP(),
            secret.secretPrimeQ(),
            secret.parameters().t(),
            secret.secretLambda()
          };
    }
  }

  private static final class KeygenHolder {
    static final HonestKeygen A = new HonestKeygen(PAIR_A, 1001);
    static final HonestKeygen B = new HonestKeygen(PAIR_B, 2002);
  }
}
