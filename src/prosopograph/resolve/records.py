"""What the resolver reads from the store and what it gives back (defined in model, below the store)."""

from ..model import AliasEvidence, DocumentRecord, MentionRecord, ResolvedEntity, RoleBinding, SentenceRecord

__all__ = ["AliasEvidence", "DocumentRecord", "MentionRecord", "ResolvedEntity", "RoleBinding", "SentenceRecord"]
