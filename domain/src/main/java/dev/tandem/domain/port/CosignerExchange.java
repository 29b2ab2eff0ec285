package dev.tandem.domain.port;

/**
 * One protocol run's view of the channel to the custodian, bound to its session: the engine sends a
 * protocol message and receives the custodian's reply. The application builds it over {@link
 * CosignerChannelPort}, adding its own envelope.
 */
@FunctionalInterface
public interface CosignerExchange {
  byte[] exchange(byte[] request);
}
