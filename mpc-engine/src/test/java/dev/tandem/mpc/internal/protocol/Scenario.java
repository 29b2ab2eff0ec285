package dev.tandem.mpc.internal.protocol;

import static dev.tandem.mpc.internal.protocol.ProtocolFixtures.BITS;
import static dev.tandem.mpc.internal.protocol.ProtocolFixtures.CLIENT_CLOCK;
import static dev.tandem.mpc.internal.protocol.ProtocolFixtures.EXECUTOR;
import static dev.tandem.mpc.internal.protocol.ProtocolFixtures.RANDOM;

import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SignOutcome;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One protocol between an honest client and an honest custodian that a test can re-run at will:
 * the client is deterministic (seeded randomness, fixed clock), so a re-created client sends exactly
 * the recorded messages again and accepts the recorded replies; a re-created custodian with a
 * fresh session registry accepts the recorded client messages (keygen and refresh client messages do not depend on the custodian's
 * randomness; the signing custodian is deterministic too, since c3 depends on its nonce).
 */
abstract class Scenario {

  /** The client as the harness drives it. */
  static final class Client {
    final StateMachine machine;
    private final Supplier<byte[]> start;
    private final Function<byte[], byte[]> handle;
    private final Supplier<Object> output;

    Client(
        StateMachine machine,
        Supplier<byte[]> start,
        Function<byte[], byte[]> handle,
        Supplier<Object> output) {
      this.machine = machine;
      this.start = start;
      this.handle = handle;
      this.output = output;
    }

    byte[] start() {
      return start.get();
    }

    byte[] handle(byte[] reply) {
      return handle.apply(reply);
    }

    Object output() {
      return output.get();
    }
  }

  /** The custodian as the harness drives it. */
  static final class Custodian {
    final StateMachine machine;
    private final Function<byte[], byte[]> respond;
    private final Supplier<Object> output;

    Custodian(StateMachine machine, Function<byte[], byte[]> respond, Supplier<Object> output) {
      this.machine = machine;
      this.respond = respond;
      this.output = output;
    }

    byte[] respond(byte[] request) {
      return respond.apply(request);
    }

    Object output() {
      return output.get();
    }
  }

  private final String name;
  private byte[][] reference;
  private byte[][] alternative;

  Scenario(String name) {
    this.name = name;
  }

  /** A fresh deterministic client of the reference run. */
  abstract Client newClient();

  /** A fresh custodian of the reference run, with a fresh session registry. */
  final Custodian newCustodian() {
    return newCustodian(ProtocolFixtures.newRegistry());
  }

  /** A fresh custodian of the reference run that admits round 1 through {@code sessions}. */
  abstract Custodian newCustodian(SessionRegistryPort sessions);

  /** The four messages of another honest run (another session, for another pair). */
  abstract byte[][] runAlternative();

  /**
   * Whether tampering with this field of this message may end, instead of in an abort, in a
   * completed run that released nothing (signing: a wrong c3 fails the final verification).
   */
  /** The honest messages, recorded once. */
  final synchronized byte[][] reference() {
    if (reference == null) {
      reference = runHonest(newClient(), newCustodian());
    }
    return reference;
  }

  final synchronized byte[][] alternative() {
    if (alternative == null) {
      alternative = runAlternative();
    }
    return alternative;
  }

  static byte[][] runHonest(Client client, Custodian custodian) {
    byte[][] messages = new byte[4][];
    messages[0] = client.start();
    messages[1] = custodian.respond(messages[0]);
    messages[2] = client.handle(messages[1]);
    messages[3] = custodian.respond(messages[2]);
    if (client.handle(messages[3]) != null
        || !client.machine.isComplete()
        || !custodian.machine.isComplete()) {
      throw new IllegalStateException("honest run did not complete");
    }
    return messages;
  }

  @Override
  public String toString() {
    return name;
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static boolean same(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }

  // ---------------------------------------------------------------------------------------------

  /** Keygen of pair A (PROTOCOL.md §3); the alternative is the keygen of pair B. */
  static Scenario keygen() {
    return new Scenario("keygen") {
      @Override
      Client newClient() {
        ClientKeygen machine =
            ProtocolFixtures.keygenClient(
                ProtocolFixtures.PAIR_A, ProtocolFixtures.pairA().clientSeed);
        return new Client(machine, machine::start, machine::handle, machine::output);
      }

      @Override
      Custodian newCustodian(SessionRegistryPort sessions) {
        CustodianKeygen machine =
            ProtocolFixtures.keygenCustodian(ProtocolFixtures.PAIR_A, sessions);
        return new Custodian(machine, machine::respond, machine::output);
      }

      @Override
      byte[][] runAlternative() {
        return ProtocolFixtures.pairB().messages;
      }
    };
  }

  /** Signing with pair A (PROTOCOL.md §4); the alternative signs with pair B. */
  static Scenario sign() {
    byte[] digest = new byte[32];
    Arrays.fill(digest, (byte) 0x5a);
    return new Scenario("sign") {
      @Override
      Client newClient() {
        ClientSign machine =
            new ClientSign(
                ProtocolFixtures.pairA().client(),
                digest,
                new DeterministicRandom(3003),
                Runnable::run,
                CLIENT_CLOCK);
        return new Client(machine, machine::start, machine::handle, machine::signature);
      }

      @Override
      Custodian newCustodian(SessionRegistryPort sessions) {
        CustodianSign machine =
            new CustodianSign(
                ProtocolFixtures.pairA().custodian(),
                new DeterministicRandom(3004),
                EXECUTOR,
                sessions);
        return new Custodian(machine, machine::respond, machine::outcome);
      }

      @Override
      byte[][] runAlternative() {
        ClientSign client =
            new ClientSign(
                ProtocolFixtures.pairB().client(), digest, RANDOM, EXECUTOR, CLIENT_CLOCK);
        CustodianSign custodian =
            new CustodianSign(
                ProtocolFixtures.pairB().custodian(),
                RANDOM,
                EXECUTOR,
                ProtocolFixtures.newRegistry());
        return runHonest(
            new Client(client, client::start, client::handle, client::signature),
            new Custodian(custodian, custodian::respond, custodian::outcome));
      }
    };
  }

  /** Backup of pair A (PROTOCOL.md §5); the alternative is the backup of pair B. */
  static Scenario refresh() {
    return new Scenario("refresh") {
      @Override
      Client newClient() {
        ClientRefresh machine =
            new ClientRefresh(
                ProtocolFixtures.pairA().client(),
                RefreshPurpose.BACKUP,
                "pair-a-backup",
                BITS,
                new DeterministicRandom(5005),
                EXECUTOR,
                CLIENT_CLOCK);
        return new Client(machine, machine::start, machine::handle, machine::output);
      }

      @Override
      Custodian newCustodian(SessionRegistryPort sessions) {
        CustodianRefresh machine =
            new CustodianRefresh(
                ProtocolFixtures.pairA().custodian(),
                RefreshPurpose.BACKUP,
                "pair-a-backup",
                BITS,
                RANDOM,
                EXECUTOR,
                sessions);
        return new Custodian(machine, machine::respond, machine::output);
      }

      @Override
      byte[][] runAlternative() {
        ClientRefresh client =
            new ClientRefresh(
                ProtocolFixtures.pairB().client(),
                RefreshPurpose.BACKUP,
                "pair-b-backup",
                BITS,
                RANDOM,
                EXECUTOR,
                CLIENT_CLOCK);
        CustodianRefresh custodian =
            new CustodianRefresh(
                ProtocolFixtures.pairB().custodian(),
                RefreshPurpose.BACKUP,
                "pair-b-backup",
                BITS,
                RANDOM,
                EXECUTOR,
                ProtocolFixtures.newRegistry());
        return runHonest(
            new Client(client, client::start, client::handle, client::output),
            new Custodian(custodian, custodian::respond, custodian::output));
      }
    };
  }

  /** Whether a custodian's signing outcome released a signature. */
  static boolean released(Object outcome) {
    return outcome instanceof SignOutcome.Signed;
  }
}
