package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.protocol.MessageLayout.Field;
import dev.tandem.mpc.internal.protocol.MessageLayout.Kind;
import dev.tandem.mpc.internal.protocol.Scenario.Client;
import dev.tandem.mpc.internal.protocol.Scenario.Custodian;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The malicious-peer harness (PROTOCOL.md §7): for every message of keygen, sign and refresh, in
 * both directions, and for every field of it, a dishonest sender flips a bit, swaps in another
 * valid value, truncates, or appends a byte; it also replays messages of another session, sends
 * rounds out of order and repeats them. The honest receiver must throw {@link
 * ProtocolAbortedException} naming the sender, stay aborted and produce no result. A round-1 time
 * moved by a second or a millisecond is still inside the custodian's window: it is admitted, and
 * the run must abort later, when an opening or proof bound to the original time fails. There is no
 * exception: a tampered signing ciphertext c3, or any field of its proof, is refused before
 * anything depends on c3 (PROTOCOL.md §2.2), so no tampering ends in a withheld signature.
 */
class MaliciousPeerTest {

  private static final Pattern LONG_NUMBER = Pattern.compile("[0-9a-fA-F]{32,}");

  private static final List<Scenario> SCENARIOS =
      List.of(Scenario.keygen(), Scenario.sign(), Scenario.refresh());

  @TestFactory
  Stream<DynamicNode> tamperedFields_abortTheHonestParty() {
    return SCENARIOS.stream()
        .map(
            scenario ->
                DynamicContainer.dynamicContainer(
                    scenario.toString(),
                    Stream.of(0, 1, 2, 3)
                        .map(
                            index ->
                                DynamicContainer.dynamicContainer(
                                    "message " + (index + 1) + " from " + sender(index),
                                    mutations(scenario, index).stream()
                                        .map(
                                            mutation ->
                                                DynamicTest.dynamicTest(
                                                    mutation.name,
                                                    () -> deliver(scenario, index, mutation)))))));
  }

  @TestFactory
  Stream<DynamicNode> recordedHonestMessages_replayToACompletedRun() {
    return SCENARIOS.stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    scenario.toString(),
                    () -> {
                      byte[][] reference = scenario.reference();
                      Custodian custodian = scenario.newCustodian();
                      custodian.respond(reference[0]);
                      custodian.respond(reference[2]);
                      assertTrue(custodian.machine.isComplete());
                      assertNotNull(custodian.output());
                      if (custodian.output() instanceof SignOutcome) {
                        assertTrue(Scenario.released(custodian.output()));
                      }
                      Client client = scenario.newClient();
                      assertArrayEquals(reference[0], client.start());
                      assertArrayEquals(reference[2], client.handle(reference[1]));
                      assertEquals(null, client.handle(reference[3]));
                      assertTrue(client.machine.isComplete());
                      assertNotNull(client.output());
                    }));
  }

  @TestFactory
  Stream<DynamicNode> replaysOutOfOrderAndRepeats_abortTheHonestParty() {
    return SCENARIOS.stream()
        .map(
            scenario ->
                DynamicContainer.dynamicContainer(
                    scenario.toString(),
                    Stream.of(
                        DynamicTest.dynamicTest(
                            "message 1 of another session",
                            () -> custodianRejects(scenario, scenario.alternative()[0], null)),
                        DynamicTest.dynamicTest(
                            "message 2 of another session",
                            () -> clientRejects(scenario, scenario.alternative()[1], null)),
                        DynamicTest.dynamicTest(
                            "message 3 of another session",
                            () ->
                                custodianRejects(
                                    scenario, scenario.reference()[0], scenario.alternative()[2])),
                        DynamicTest.dynamicTest(
                            "message 4 of another session",
                            () ->
                                clientRejects(
                                    scenario, scenario.reference()[1], scenario.alternative()[3])),
                        DynamicTest.dynamicTest(
                            "message 3 first",
                            () -> custodianRejects(scenario, scenario.reference()[2], null)),
                        DynamicTest.dynamicTest(
                            "message 1 twice",
                            () ->
                                custodianRejects(
                                    scenario, scenario.reference()[0], scenario.reference()[0])),
                        DynamicTest.dynamicTest(
                            "message 4 first",
                            () -> clientRejects(scenario, scenario.reference()[3], null)),
                        DynamicTest.dynamicTest(
                            "message 2 twice",
                            () ->
                                clientRejects(
                                    scenario, scenario.reference()[1], scenario.reference()[1])),
                        DynamicTest.dynamicTest(
                            "a client message to the client",
                            () -> clientRejects(scenario, scenario.reference()[0], null)),
                        DynamicTest.dynamicTest(
                            "an empty message",
                            () -> custodianRejects(scenario, new byte[0], null)),
                        DynamicTest.dynamicTest(
                            "an aborted custodian stays aborted",
                            () -> abortedCustodianStaysAborted(scenario)),
                        DynamicTest.dynamicTest(
                            "an aborted client stays aborted",
                            () -> abortedClientStaysAborted(scenario)),
                        DynamicTest.dynamicTest(
                            "a message after the end is refused, the result kept",
                            () -> messageAfterTheEnd(scenario)))));
  }

  // --- one tampered message -------------------------------------------------------------------

  private static final class Mutation {
    final String name;
    final String field;
    final byte[] bytes;

    Mutation(String name, String field, byte[] bytes) {
      this.name = name;
      this.field = field;
      this.bytes = bytes;
    }
  }

  private static String sender(int index) {
    return index % 2 == 0 ? "client" : "custodian";
  }

  /** Every tampering of message {@code index}: per field, and one appended byte. */
  private static List<Mutation> mutations(Scenario scenario, int index) {
    byte[] message = scenario.reference()[index];
    List<Field> alternativeFields = MessageLayout.of(scenario.alternative()[index]);
    byte[] alternative = scenario.alternative()[index];
    List<Mutation> out = new ArrayList<>();
    for (Field field : MessageLayout.of(message)) {
      out.add(flip(message, field, field.start(), 0x80, "flip the first bit"));
      if (field.length() > 1) {
        out.add(flip(message, field, field.end() - 1, 0x01, "flip the last bit"));
      }
      if (field.kind() == Kind.PROOF
          || field.kind() == Kind.UNSIGNED
          || field.kind() == Kind.SIGNED) {
        out.add(flip(message, field, (field.start() + field.end()) / 2, 0x10, "flip a middle bit"));
      }
      byte[] replacement = replacement(message, field, alternativeFields, alternative);
      if (replacement != null
          && !Arrays.equals(replacement, Arrays.copyOfRange(message, field.start(), field.end()))) {
        out.add(
            new Mutation(
                field + ": swap in another valid value",
                field.name(),
                splice(message, field, replacement)));
      }
      out.add(
          new Mutation(
              field + ": truncate",
              field.name(),
              Arrays.copyOf(message, field.start() + field.length() / 2)));
    }
    out.add(
        new Mutation(
            "append a byte", "", Arrays.copyOf(message, message.length + 1)));
    return out;
  }

  private static Mutation flip(byte[] message, Field field, int at, int mask, String what) {
    byte[] copy = message.clone();
    copy[at] ^= (byte) mask;
    return new Mutation(field + ": " + what, field.name(), copy);
  }

  private static byte[] splice(byte[] message, Field field, byte[] replacement) {
    byte[] out = new byte[message.length - field.length() + replacement.length];
    System.arraycopy(message, 0, out, 0, field.start());
    System.arraycopy(replacement, 0, out, field.start(), replacement.length);
    System.arraycopy(
        message, field.end(), out, field.start() + replacement.length, message.length - field.end());
    return out;
  }

  /** Another valid value for the field: fresh for small fields, another session's for big ones. */
  private static byte[] replacement(
      byte[] message, Field field, List<Field> alternativeFields, byte[] alternative) {
    byte[] current = Arrays.copyOfRange(message, field.start(), field.end());
    switch (field.kind()) {
      case BYTE:
        int value = current[0] & 0xff;
        switch (field.name()) {
          case "version":
            return new byte[] {2};
          case "type":
            return new byte[] {(byte) (MessageType.fromCode(value + 1) != null ? value + 1 : value - 1)};
          case "purpose":
            return new byte[] {(byte) (value == 1 ? 2 : 1)};
          default:
            return new byte[] {(byte) (value ^ 1)};
        }
      case TIMESTAMP:
        long moved = ByteBuffer.wrap(current).getLong() + 1000;
        return ByteBuffer.allocate(Long.BYTES).putLong(moved).array();
      case SESSION:
      case FIXED:
        byte[] random = new byte[field.length()];
        ProtocolFixtures.RANDOM.nextBytes(random);
        return random;
      case ID:
        byte[] id = "another-id".getBytes(StandardCharsets.UTF_8);
        byte[] encoded = new byte[4 + id.length];
        encoded[3] = (byte) id.length;
        System.arraycopy(id, 0, encoded, 4, id.length);
        return encoded;
      case POINT:
        return Secp256k1.encodePoint(
            Secp256k1.multiplyBase(Secp256k1.randomScalar(ProtocolFixtures.RANDOM)));
      case SCALAR:
        return Secp256k1.encodeScalar(Secp256k1.randomScalar(ProtocolFixtures.RANDOM));
      case UNSIGNED:
      case SIGNED:
      case PROOF:
        for (Field other : alternativeFields) {
          if (other.name().equals(field.name())) {
            return Arrays.copyOfRange(alternative, other.start(), other.end());
          }
        }
        return null;
      default:
        throw new IllegalStateException("unknown kind");
    }
  }

  private static void deliver(Scenario scenario, int index, Mutation mutation) {
    if (index % 2 == 0) {
      deliverToCustodian(scenario, index, mutation);
    } else {
      deliverToClient(scenario, index, mutation);
    }
  }

  /** A dishonest client: the tampered message goes to a fresh honest custodian. */
  private static void deliverToCustodian(Scenario scenario, int index, Mutation mutation) {
    byte[][] reference = scenario.reference();
    Custodian custodian = scenario.newCustodian();
    try {
      custodian.respond(index == 0 ? mutation.bytes : reference[0]);
      custodian.respond(index == 2 ? mutation.bytes : reference[2]);
    } catch (ProtocolAbortedException e) {
      assertAbortedBy(Party.CLIENT, e, custodian.machine);
      assertThrows(IllegalStateException.class, custodian::output);
      return;
    }
    fail("the custodian accepted a tampered message: " + mutation.name);
  }

  /** A dishonest custodian: the tampered message goes to the deterministic honest client. */
  private static void deliverToClient(Scenario scenario, int index, Mutation mutation) {
    byte[][] reference = scenario.reference();
    Client client = scenario.newClient();
    assertArrayEquals(reference[0], client.start(), "the client is not deterministic");
    try {
      client.handle(index == 1 ? mutation.bytes : reference[1]);
      client.handle(index == 3 ? mutation.bytes : reference[3]);
    } catch (ProtocolAbortedException e) {
      assertAbortedBy(Party.CUSTODIAN, e, client.machine);
      assertThrows(IllegalStateException.class, client::output);
      return;
    }
    fail("the client accepted a tampered message: " + mutation.name);
  }

  // --- replays, order, repetition -------------------------------------------------------------

  /** Feeds {@code first} (and {@code second}, if given) to a fresh custodian: it must abort. */
  private static void custodianRejects(Scenario scenario, byte[] first, byte[] second) {
    Custodian custodian = scenario.newCustodian();
    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class,
            () -> {
              custodian.respond(first);
              if (second != null) {
                custodian.respond(second);
              }
            });
    assertAbortedBy(Party.CLIENT, e, custodian.machine);
    assertThrows(IllegalStateException.class, custodian::output);
  }

  /** Starts a fresh client and feeds it {@code first} (and {@code second}): it must abort. */
  private static void clientRejects(Scenario scenario, byte[] first, byte[] second) {
    Client client = scenario.newClient();
    client.start();
    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class,
            () -> {
              client.handle(first);
              if (second != null) {
                client.handle(second);
              }
            });
    assertAbortedBy(Party.CUSTODIAN, e, client.machine);
    assertThrows(IllegalStateException.class, client::output);
  }

  private static void abortedCustodianStaysAborted(Scenario scenario) {
    Custodian custodian = scenario.newCustodian();
    byte[] reference = scenario.reference()[0];
    assertThrows(
        ProtocolAbortedException.class,
        () -> custodian.respond(Arrays.copyOf(reference, reference.length - 1)));
    ProtocolAbortedException again =
        assertThrows(ProtocolAbortedException.class, () -> custodian.respond(reference));
    assertAbortedBy(Party.CLIENT, again, custodian.machine);
  }

  private static void abortedClientStaysAborted(Scenario scenario) {
    Client client = scenario.newClient();
    client.start();
    byte[] reply = scenario.reference()[1];
    assertThrows(
        ProtocolAbortedException.class,
        () -> client.handle(Arrays.copyOf(reply, reply.length + 1)));
    ProtocolAbortedException again =
        assertThrows(ProtocolAbortedException.class, () -> client.handle(reply));
    assertAbortedBy(Party.CUSTODIAN, again, client.machine);
  }

  private static void messageAfterTheEnd(Scenario scenario) {
    Client client = scenario.newClient();
    Custodian custodian = scenario.newCustodian();
    byte[] request = client.start();
    byte[] lastRequest = null;
    while (request != null) {
      lastRequest = request;
      request = client.handle(custodian.respond(request));
    }
    Object result = custodian.output();
    assertNotNull(result);
    byte[] repeated = lastRequest;
    ProtocolAbortedException e =
        assertThrows(ProtocolAbortedException.class, () -> custodian.respond(repeated));
    assertEquals(Party.CLIENT, e.faultyParty());
    assertTrue(custodian.machine.isComplete());
    assertTrue(custodian.output() == result);
  }

  // --- checks -----------------------------------------------------------------------------------

  private static void assertAbortedBy(
      Party faulty, ProtocolAbortedException e, StateMachine machine) {
    assertEquals(faulty, e.faultyParty(), () -> "wrong party blamed: " + e.getMessage());
    assertTrue(machine.isAborted(), "the machine is not aborted");
    assertFalse(machine.isComplete(), "an aborted machine claims an output");
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertFalse(
          LONG_NUMBER.matcher(message).find(), () -> "a long number in an error: " + message);
    }
    assertFalse(LONG_NUMBER.matcher(machine.toString()).find());
  }

}
