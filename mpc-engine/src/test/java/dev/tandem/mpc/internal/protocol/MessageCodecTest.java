package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The wire format of every message (PROTOCOL.md §1): a decoded message encodes to the same bytes,
 * and the decoder refuses another version, another type, trailing bytes and every truncation.
 */
class MessageCodecTest {

  private static final Pattern LONG_NUMBER = Pattern.compile("[0-9a-fA-F]{32,}");

  @FunctionalInterface
  private interface Codec {
    byte[] roundTrip(byte[] bytes) throws MalformedMessageException;
  }

  @FunctionalInterface
  private interface Parser<T> {
    T parse(byte[] bytes) throws MalformedMessageException;
  }

  private static final Map<MessageType, Codec> CODECS = new EnumMap<>(MessageType.class);

  static {
    CODECS.put(MessageType.KEYGEN_ROUND_1_COMMITMENT, codec(KeygenRound1Commitment::fromBytes, KeygenRound1Commitment::toBytes));
    CODECS.put(MessageType.KEYGEN_ROUND_2_CUSTODIAN_KEY, codec(KeygenRound2CustodianKey::fromBytes, KeygenRound2CustodianKey::toBytes));
    CODECS.put(MessageType.KEYGEN_ROUND_3_OPENING, codec(KeygenRound3Opening::fromBytes, KeygenRound3Opening::toBytes));
    CODECS.put(MessageType.KEYGEN_ROUND_4_CONFIRMATION, codec(KeygenRound4Confirmation::fromBytes, KeygenRound4Confirmation::toBytes));
    CODECS.put(MessageType.SIGN_ROUND_1_COMMITMENT, codec(SignRound1Commitment::fromBytes, SignRound1Commitment::toBytes));
    CODECS.put(MessageType.SIGN_ROUND_2_NONCE, codec(SignRound2Nonce::fromBytes, SignRound2Nonce::toBytes));
    CODECS.put(MessageType.SIGN_ROUND_3_CIPHERTEXT, codec(SignRound3Ciphertext::fromBytes, SignRound3Ciphertext::toBytes));
    CODECS.put(MessageType.SIGN_ROUND_4_SIGNATURE, codec(SignRound4Signature::fromBytes, SignRound4Signature::toBytes));
    CODECS.put(MessageType.REFRESH_ROUND_1_COMMITMENT, codec(RefreshRound1Commitment::fromBytes, RefreshRound1Commitment::toBytes));
    CODECS.put(MessageType.REFRESH_ROUND_2_CONTRIBUTION, codec(RefreshRound2Contribution::fromBytes, RefreshRound2Contribution::toBytes));
    CODECS.put(MessageType.REFRESH_ROUND_3_OPENING, codec(RefreshRound3Opening::fromBytes, RefreshRound3Opening::toBytes));
    CODECS.put(MessageType.REFRESH_ROUND_4_CUSTODIAN_KEY, codec(RefreshRound4CustodianKey::fromBytes, RefreshRound4CustodianKey::toBytes));
  }

  /** Decodes, checks that {@code toString} shows no long number, encodes again. */
  private static <T> Codec codec(Parser<T> parser, Function<T, byte[]> encoder) {
    return bytes -> {
      T message = parser.parse(bytes);
      assertFalse(LONG_NUMBER.matcher(message.toString()).find(), message.toString());
      return encoder.apply(message);
    };
  }

  private static List<byte[]> allMessages() {
    List<byte[]> messages = new ArrayList<>();
    for (Scenario scenario : List.of(Scenario.keygen(), Scenario.sign(), Scenario.refresh())) {
      messages.addAll(Arrays.asList(scenario.reference()));
    }
    messages.add(SignRound4Signature.refused(SessionId.random(ProtocolFixtures.RANDOM)).toBytes());
    return messages;
  }

  @Test
  void everyMessage_roundTripsToTheSameBytes() throws Exception {
    List<byte[]> messages = allMessages();
    assertEquals(13, messages.size());
    for (byte[] message : messages) {
      assertArrayEquals(message, codec(message).roundTrip(message));
    }
  }

  @Test
  void everyDecoder_refusesAnotherVersionTypeTrailingBytesAndTruncation() {
    for (byte[] message : allMessages()) {
      Codec codec = codec(message);
      byte[] version = message.clone();
      version[0] = 2;
      assertThrows(MalformedMessageException.class, () -> codec.roundTrip(version));
      byte[] trailing = Arrays.copyOf(message, message.length + 1);
      assertThrows(MalformedMessageException.class, () -> codec.roundTrip(trailing));
      int step = Math.max(1, message.length / 300);
      for (int length = 0; length < message.length; length += step) {
        byte[] truncated = Arrays.copyOf(message, length);
        assertThrows(MalformedMessageException.class, () -> codec.roundTrip(truncated));
      }
      byte[] lastByteMissing = Arrays.copyOf(message, message.length - 1);
      assertThrows(MalformedMessageException.class, () -> codec.roundTrip(lastByteMissing));
      for (MessageType other : MessageType.values()) {
        if (other.code() != (message[1] & 0xff)) {
          assertThrows(MalformedMessageException.class, () -> CODECS.get(other).roundTrip(message));
        }
      }
    }
  }

  @Test
  void nullAndUnknownTypes_areRefused() {
    for (Codec codec : CODECS.values()) {
      assertThrows(MalformedMessageException.class, () -> codec.roundTrip(null));
      assertThrows(MalformedMessageException.class, () -> codec.roundTrip(new byte[] {1, 0x7f}));
    }
  }

  private static Codec codec(byte[] message) {
    return CODECS.get(MessageType.fromCode(message[1] & 0xff));
  }
}
