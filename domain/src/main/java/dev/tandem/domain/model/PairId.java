package dev.tandem.domain.model;

/** The id of a share pair, signing or backup: the two are distinct types that never mix. */
public sealed interface PairId permits SigningSharePairId, BackupSharePairId {
  String value();
}
