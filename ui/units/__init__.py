"""The Units page: organisations and units (create, rename, move, merge, archive) and each
unit's relationship maturity (assessments, target) beside the mix of its demand."""
