package dev.tandem.adapter.objectstore;

import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tandem.domain.model.WalletId;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The canonical encoding of the fields a seal authenticates. */
class RecordBindingTest {
  private static final StorageLayout AWS = StorageLayout.aws("");
  private static final StorageLayout GCS = StorageLayout.gcs("");
  private static final WalletId WALLET = WalletId.of("w-1");
  private static final Instant T0 = Instant.parse("2024-02-29T23:59:59.123456789Z");

  /** Rebuilds the documented layout by hand, independently of the class under test. */
  @Test
  void encoding_isTheDocumentedLayout() {
    byte[] aad =
        RecordBinding.of(AWS, RecordType.SIGNING_SHARE, WALLET, "p-1")
            .withNumber("format", 2)
            .withText("deviceLabel", null)
            .withText("status", "COMPLETED")
            .withInstant("createdAt", T0)
            .withPublicKey("share.publicKey", PUBLIC_KEY)
            .associatedData();

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    item(expected, utf8("tandem/aws-kms-envelope/v2"));
    item(expected, utf8("custodian-signing-share"));
    item(expected, utf8("w-1"));
    item(expected, utf8("p-1"));
    item(expected, utf8("format"));
    item(expected, new byte[] {0, 0, 0, 2});
    item(expected, utf8("deviceLabel"));
    expected.writeBytes(new byte[] {-1, -1, -1, -1});
    item(expected, utf8("status"));
    item(expected, utf8("COMPLETED"));
    item(expected, utf8("createdAt"));
    item(expected, ByteBuffer.allocate(12).putLong(T0.getEpochSecond()).putInt(123456789).array());
    item(expected, utf8("share.publicKey.curve"));
    item(expected, utf8("SECP256K1"));
    item(expected, utf8("share.publicKey.point"));
    item(expected, PUBLIC_KEY.uncompressed());
    assertArrayEquals(expected.toByteArray(), aad);
  }

  @Test
  void theGcsLayout_bindsItsOwnSchemeAndLabels() {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    item(expected, utf8("tandem/gcs-envelope/v3"));
    item(expected, utf8("signing-share"));
    item(expected, utf8("w-1"));
    item(expected, utf8("p-1"));

    assertArrayEquals(
        expected.toByteArray(),
        RecordBinding.of(GCS, RecordType.SIGNING_SHARE, WALLET, "p-1").associatedData());
  }

  @Test
  void layouts_neverBindAlike() {
    for (RecordType type : RecordType.values()) {
      assertDiffer(
          RecordBinding.of(AWS, type, WALLET, "p"), RecordBinding.of(GCS, type, WALLET, "p"));
    }
  }

  @Test
  void ids_areUnambiguous() {
    // "a" + "b:c" and "a:b" + "c" would collide under naive concatenation.
    assertDiffer(
        RecordBinding.of(AWS, RecordType.BACKUP_KEY, WalletId.of("a"), "b:c"),
        RecordBinding.of(AWS, RecordType.BACKUP_KEY, WalletId.of("a:b"), "c"));
  }

  @Test
  void fieldBoundaries_areUnambiguous() {
    RecordBinding base = RecordBinding.of(AWS, RecordType.SIGNING_SHARE, WALLET, "p");
    assertDiffer(base.withText("a", "bc"), base.withText("ab", "c"));
    assertDiffer(base.withText("a", "b").withText("c", "d"), base.withText("a", "bcd"));
  }

  @Test
  void absentValue_differsFromEmptyAndFromMissingField() {
    RecordBinding base = RecordBinding.of(AWS, RecordType.SIGNING_SHARE, WALLET, "p");
    assertDiffer(base.withText("deviceLabel", null), base.withText("deviceLabel", ""));
    assertDiffer(base.withText("deviceLabel", null), base);
  }

  @Test
  void instants_areBoundToTheNanosecond() {
    RecordBinding base = RecordBinding.of(AWS, RecordType.SIGNING_SHARE, WALLET, "p");
    assertDiffer(base.withInstant("createdAt", T0), base.withInstant("createdAt", T0.plusNanos(1)));
  }

  @Test
  void theSameValueUnderAnotherName_differs() {
    RecordBinding base = RecordBinding.of(AWS, RecordType.SIGNING_SHARE, WALLET, "p");
    assertDiffer(base.withInstant("createdAt", T0), base.withInstant("updatedAt", T0));
  }

  @Test
  void recordType_isBound() {
    assertDiffer(
        RecordBinding.of(AWS, RecordType.SIGNING_SHARE, WALLET, "p"),
        RecordBinding.of(AWS, RecordType.BACKUP_SHARE, WALLET, "p"));
  }

  @Test
  void wrapContext_isTheWalletAndTheRecord() {
    assertEquals(
        WrapContext.of("w-1", "p"),
        RecordBinding.of(AWS, RecordType.BACKUP_SHARE, WALLET, "p")
            .withText("keyId", "key-7")
            .wrapContext());
  }

  @Test
  void toString_namesTheRecordButNoFieldValue() {
    RecordBinding binding =
        RecordBinding.of(AWS, RecordType.BACKUP_SHARE, WALLET, "p").withText("keyId", "key-7");

    assertEquals("RecordBinding[custodian-backup-share w-1/p, 1 fields]", binding.toString());
  }

  private static void assertDiffer(RecordBinding a, RecordBinding b) {
    assertFalse(Arrays.equals(a.associatedData(), b.associatedData()), a + " vs " + b);
  }

  private static void item(ByteArrayOutputStream out, byte[] value) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
    out.writeBytes(value);
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
