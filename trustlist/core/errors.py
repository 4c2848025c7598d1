"""One exception hierarchy for the whole project.

Every error that the pipeline expects (bad input, storage trouble, bad settings)
is a ``TrustlistError``; anything else is a bug and is allowed to surface.
"""

from trustlist.core.models import FileProblemKind


class TrustlistError(Exception):
    """Base of every error the pipeline raises on purpose."""


class ConfigError(TrustlistError):
    """Settings or a settings file are wrong."""


class StorageError(TrustlistError):
    """The object store failed or refused an operation."""


class ObjectNotFound(StorageError):
    """The requested object does not exist."""


class BundleError(TrustlistError):
    """A bundle cannot be read at all (BND-01)."""


class ArchiveLimitExceeded(BundleError):
    """A zip (nested ones counted in) expands past a size, ratio or entry-count limit.

    Unlike a nested archive that merely cannot be parsed, this ends the whole bundle:
    the limits protect the machine, not the reviewer.
    """


class ManifestError(BundleError):
    """manifest.json is present but not valid."""


class DocumentError(TrustlistError):
    """One document cannot be read; the rest of the bundle goes on.

    ``kind`` is the file's problem: unreadable, unless a subclass says otherwise.
    """

    kind: FileProblemKind = "unreadable"


class EncryptedDocument(DocumentError):
    """A PDF needs a user password to be opened."""

    kind: FileProblemKind = "encrypted"


class OcrError(DocumentError):
    """tesseract failed or timed out on a page."""


class QuarantineError(TrustlistError):
    """A quarantined bundle cannot be found or sent back to the inbox as asked."""


class RegistryError(TrustlistError):
    """A decision, account or published list is refused or found inconsistent in the registry."""


class AccountError(RegistryError):
    """A reviewer account cannot be created or changed as asked (bad name or password, already exists)."""
