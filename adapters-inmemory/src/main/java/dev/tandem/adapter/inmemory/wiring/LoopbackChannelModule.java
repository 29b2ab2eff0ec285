package dev.tandem.adapter.inmemory.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.adapter.inmemory.InMemoryCosignerChannel;
import dev.tandem.domain.port.CosignerChannelPort;
import jakarta.inject.Singleton;

/**
 * The client's channel to the custodian as an in-process call to the custodian's {@link
 * dev.tandem.application.port.in.CosignUseCase} in the same component. A deployment with a remote
 * custodian swaps this module for one that binds {@link CosignerChannelPort} to its transport.
 */
@Module
public abstract class LoopbackChannelModule {
  private LoopbackChannelModule() {}

  @Binds
  @Singleton
  abstract CosignerChannelPort cosignerChannel(InMemoryCosignerChannel channel);
}
