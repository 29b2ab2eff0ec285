package dev.tandem.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinaryWriterTest {
  @Test
  void writesTheBytesDataOutputStreamWrites() throws IOException {
    byte[] blob = {1, 2, 3};
    String text = "ünïcödé 👋";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(expected)) {
      out.writeByte(0x1fe);
      out.writeShort(0xbeef);
      out.writeInt(-2);
      out.writeShort(utf8.length);
      out.write(utf8);
      out.writeInt(blob.length);
      out.write(blob);
    }

    byte[] written =
        new BinaryWriter()
            .writeByte(0x1fe)
            .writeShort(0xbeef)
            .writeInt(-2)
            .writeShortPrefixedUtf8(text)
            .writeIntPrefixedBytes(blob, 3, "blob")
            .toByteArray();

    assertArrayEquals(expected.toByteArray(), written);
  }

  @Test
  void aValueLongerThanItsLengthField_isRefusedNotTruncated() {
    IllegalArgumentException string =
        assertThrows(
            IllegalArgumentException.class,
            () -> new BinaryWriter().writeShortPrefixedUtf8("x".repeat(0x10000)));
    assertEquals("string of 65536 bytes is too long", string.getMessage());

    IllegalArgumentException blob =
        assertThrows(
            IllegalArgumentException.class,
            () -> new BinaryWriter().writeIntPrefixedBytes(new byte[4], 3, "blob"));
    assertEquals("blob of 4 bytes is too long", blob.getMessage());
  }
}
