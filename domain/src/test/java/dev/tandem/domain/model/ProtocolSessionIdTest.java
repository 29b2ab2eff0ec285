package dev.tandem.domain.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.InvalidInputException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ProtocolSessionIdTest {
  private static final String HEX =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  @Test
  void thirtyTwoBytes_roundTripThroughHex() {
    byte[] bytes = HexFormat.of().parseHex(HEX);
    ProtocolSessionId id = ProtocolSessionId.of(bytes);

    assertEquals(HEX, id.toString());
    assertEquals(HEX, id.toHex());
    assertEquals(id, ProtocolSessionId.fromHex(HEX));
    assertEquals(id, ProtocolSessionId.fromHex(HEX.toUpperCase()));
    assertEquals(id.hashCode(), ProtocolSessionId.fromHex(HEX).hashCode());
    assertArrayEquals(bytes, id.bytes());
  }

  @Test
  void bytes_areCopiedInAndOut() {
    byte[] bytes = HexFormat.of().parseHex(HEX);
    ProtocolSessionId id = ProtocolSessionId.of(bytes);

    bytes[0] = 9;
    id.bytes()[1] = 9;

    assertEquals(HEX, id.toHex());
  }

  @Test
  void idsDifferingInOneBit_areNotEqual() {
    byte[] bytes = HexFormat.of().parseHex(HEX);
    ProtocolSessionId id = ProtocolSessionId.of(bytes);
    bytes[31] ^= 1;

    assertNotEquals(id, ProtocolSessionId.of(bytes));
  }

  @Test
  void anythingButThirtyTwoBytes_isInvalidInput() {
    for (byte[] wrong : new byte[][] {null, new byte[0], new byte[31], new byte[33]}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> ProtocolSessionId.of(wrong));
      assertEquals(ErrorCode.INVALID_INPUT, e.code());
    }
    for (String wrong :
        new String[] {null, "", HEX.substring(2), HEX + "00", "0x" + HEX.substring(2),
            "zz" + HEX.substring(2)}) {
      assertThrows(InvalidInputException.class, () -> ProtocolSessionId.fromHex(wrong));
    }
  }
}
