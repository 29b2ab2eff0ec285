package dev.tandem.adapter.inmemory;

import dev.tandem.application.port.in.CosignUseCase;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.port.CosignerChannelPort;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The embedded default channel: the client and the custodian in one JVM, the custodian's {@link
 * CosignUseCase} called in-process. The byte arrays are copied both ways, as a real transport
 * would, so neither side can change what the other holds.
 */
public final class InMemoryCosignerChannel implements CosignerChannelPort {
  private final CosignUseCase custodian;

  @Inject
  public InMemoryCosignerChannel(CosignUseCase custodian) {
    this.custodian = Objects.requireNonNull(custodian, "custodian");
  }

  @Override
  public byte[] exchange(CosignerSessionId sessionId, byte[] request) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(request, "request");
    return custodian.handle(sessionId, request.clone()).clone();
  }
}
