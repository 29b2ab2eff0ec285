package dev.tandem.wiring;

import dev.tandem.application.port.in.CosignUseCase;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.port.CosignerChannelPort;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The loopback channel: the client and the custodian in one JVM, the custodian's {@link
 * CosignUseCase} called in-process. The embedded components bind it ({@link
 * LoopbackChannelModule}); a client component can be handed one built on a custodian component of
 * its own. The byte arrays are copied both ways, as a real transport would, so neither side can
 * change what the other holds.
 */
public final class LoopbackCosignerChannel implements CosignerChannelPort {
  private final CosignUseCase custodian;

  @Inject
  public LoopbackCosignerChannel(CosignUseCase custodian) {
    this.custodian = Objects.requireNonNull(custodian, "custodian");
  }

  @Override
  public byte[] exchange(CosignerSessionId sessionId, byte[] request) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(request, "request");
    return custodian.handle(sessionId, request.clone()).clone();
  }
}
