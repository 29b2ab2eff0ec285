package dev.tandem.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.domain.port.CosignerChannelPort;
import jakarta.inject.Singleton;

/**
 * The client's channel to the custodian as an in-process call ({@link LoopbackCosignerChannel}) to
 * the custodian's {@link dev.tandem.application.port.in.CosignUseCase} in the same component: the
 * embedded components join both roles with it. A client component talking to a remote custodian
 * leaves it out and is given its {@link CosignerChannelPort} instead.
 */
@Module
public abstract class LoopbackChannelModule {
  private LoopbackChannelModule() {}

  @Binds
  @Singleton
  abstract CosignerChannelPort cosignerChannel(LoopbackCosignerChannel channel);
}
