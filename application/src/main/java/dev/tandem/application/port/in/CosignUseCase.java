package dev.tandem.application.port.in;

import dev.tandem.domain.model.CosignerSessionId;

/**
 * Custodian side: the endpoint behind any request/response transport (HTTP, gRPC, a queue, the
 * in-process loopback). Each call takes one client request envelope ({@code
 * dev.tandem.application.wire}) in the context of a session and returns one reply envelope.
 *
 * <p>Never throws for anything the client sent: every failure becomes an error reply carrying its
 * {@link dev.tandem.domain.error.ErrorCode} and message, which the client turns back into the
 * matching exception. A request repeated verbatim in the same session gets the same reply again (a
 * transport retry after a timeout is safe); any other unexpected request aborts the session.
 * Sessions expire after a period of inactivity.
 */
public interface CosignUseCase {
  /**
   * @param request the client's envelope; not modified or kept
   * @return the reply envelope, a fresh array the caller owns
   */
  byte[] handle(CosignerSessionId sessionId, byte[] request);
}
