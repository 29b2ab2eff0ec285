package dev.tandem.domain.port;

import dev.tandem.domain.model.CosignerSessionId;

/**
 * The client's line to the custodian: one request, one reply, in the context of a session. The
 * custodian may sit behind any request/response transport (HTTP, gRPC, a queue) and keeps each
 * session's state between requests, with an expiry. The embedded default is an in-process loopback.
 *
 * <p>Failures of the transport throw {@link dev.tandem.domain.error.StorageUnavailableException}
 * (retryable); errors the custodian reports arrive as the {@link
 * dev.tandem.domain.error.TandemException} it raised.
 */
public interface CosignerChannelPort {
  byte[] exchange(CosignerSessionId sessionId, byte[] request);
}
