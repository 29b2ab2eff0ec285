package dev.tandem.mpc.internal.zk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class SchnorrProofTest {

  private final byte[] sessionId = Fixtures.sessionId();
  private final ProofContext context = Fixtures.custodianToClient(sessionId);
  private final BigInteger x = Secp256k1.randomScalar(Fixtures.RANDOM);
  private final ECPoint statement = Secp256k1.multiplyBase(x);

  @Test
  void honestProofVerifiesAndRoundTrips() throws Exception {
    SchnorrProof proof = SchnorrProof.prove(context, x, Fixtures.RANDOM);
    assertDoesNotThrow(() -> proof.verify(context, statement));
    ByteWriter writer = new ByteWriter();
    proof.write(writer);
    byte[] bytes = writer.toByteArray();
    assertEquals(65, bytes.length);
    ByteReader reader = new ByteReader(bytes);
    SchnorrProof decoded = SchnorrProof.read(reader);
    reader.finish();
    assertEquals(proof, decoded);
    decoded.verify(context, statement);
  }

  @Test
  void wrongStatementOrContext_isRejected() {
    SchnorrProof proof = SchnorrProof.prove(context, x, Fixtures.RANDOM);
    ECPoint other = Secp256k1.multiplyBase(x.add(BigInteger.ONE));
    assertThrows(GeneralSecurityException.class, () -> proof.verify(context, other));
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(Fixtures.swapped(context), statement));
    byte[] otherSession = sessionId.clone();
    otherSession[0] ^= 1;
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(Fixtures.custodianToClient(otherSession), statement));
    assertThrows(GeneralSecurityException.class, () -> proof.verify(
        new ProofContext("keygen", 3, sessionId, "tandem/custodian", "tandem/client"),
        statement));
    assertThrows(GeneralSecurityException.class, () -> proof.verify(
        new ProofContext("sign", 2, sessionId, "tandem/custodian", "tandem/client"), statement));
  }

  @Test
  void everyTamperedByte_isRejected() {
    SchnorrProof proof = SchnorrProof.prove(context, x, Fixtures.RANDOM);
    ByteWriter writer = new ByteWriter();
    proof.write(writer);
    byte[] bytes = writer.toByteArray();
    for (int i = 0; i < bytes.length; i++) {
      byte[] tampered = bytes.clone();
      tampered[i] ^= 0x01;
      assertThrows(GeneralSecurityException.class, () -> {
        ByteReader reader = new ByteReader(tampered);
        SchnorrProof.read(reader).verify(context, statement);
        reader.finish();
      }, "byte " + i);
    }
  }

  @Test
  void truncatedProof_isRejected() {
    SchnorrProof proof = SchnorrProof.prove(context, x, Fixtures.RANDOM);
    ByteWriter writer = new ByteWriter();
    proof.write(writer);
    byte[] bytes = writer.toByteArray();
    assertThrows(MalformedMessageException.class,
        () -> SchnorrProof.read(new ByteReader(java.util.Arrays.copyOf(bytes, 64))));
  }
}
