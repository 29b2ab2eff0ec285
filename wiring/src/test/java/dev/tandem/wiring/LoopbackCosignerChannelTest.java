package dev.tandem.wiring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.application.port.in.CosignUseCase;
import dev.tandem.domain.model.CosignerSessionId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoopbackCosignerChannelTest {

  @Test
  void bytesAreCopiedBothWays() {
    AtomicReference<byte[]> seenByCustodian = new AtomicReference<>();
    byte[] custodianReply = {7, 8, 9};
    CosignUseCase custodian =
        (sessionId, request) -> {
          seenByCustodian.set(request);
          return custodianReply;
        };
    LoopbackCosignerChannel channel = new LoopbackCosignerChannel(custodian);

    byte[] request = {1, 2, 3};
    byte[] reply = channel.exchange(CosignerSessionId.of("s"), request);

    request[0] = 0;
    assertArrayEquals(
        new byte[] {1, 2, 3}, seenByCustodian.get(), "the custodian has its own copy");
    custodianReply[0] = 0;
    assertArrayEquals(new byte[] {7, 8, 9}, reply, "the client has its own copy");
  }

  @Test
  void theSessionIdIsPassedThrough() {
    AtomicReference<CosignerSessionId> seen = new AtomicReference<>();
    LoopbackCosignerChannel channel =
        new LoopbackCosignerChannel(
            (sessionId, request) -> {
              seen.set(sessionId);
              return new byte[0];
            });
    channel.exchange(CosignerSessionId.of("session-9"), new byte[0]);
    assertEquals(CosignerSessionId.of("session-9"), seen.get());
  }
}
