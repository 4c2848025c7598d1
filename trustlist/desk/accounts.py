"""Reviewer accounts: ``accounts/<username>.json`` in the registry bucket.

Passwords are kept only as argon2id hashes (argon2-cffi's ``PasswordHasher``, whose
defaults follow RFC 9106's recommended profile); a hash made with older parameters is
replaced at the next successful sign-in. Each account names the agencies whose
applications its reviewer may see and decide.
"""

from __future__ import annotations

import re
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, ValidationError

from trustlist.core.errors import AccountError, ObjectNotFound
from trustlist.core.keys import segment
from trustlist.core.settings import Settings
from trustlist.intake.storage import ObjectStore

ACCOUNTS = "accounts/"
USERNAME = re.compile(r"^[a-z0-9._-]{2,64}$")
# Long enough that guessing is impractical; short passphrases are the common failure.
MIN_PASSWORD_CHARS = 10
# argon2 hashes any length, but a megabyte "password" is only a way to burn CPU.
MAX_PASSWORD_CHARS = 1024


class Account(BaseModel):
    username: str
    password_hash: str
    agencies: list[str]
    disabled: bool = False


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id with the library's current recommended parameters


@cache
def _dummy_hash() -> str:
    # Verified against when the user is unknown, so that the answer takes as long as
    # for a real user with a wrong password and does not reveal which usernames exist.
    return _hasher().hash("no account has this password")


def add_account(
    store: ObjectStore, settings: Settings, username: str, password: str, agencies: list[str]
) -> Account:
    """Create the account; AccountError if the name is taken or anything is invalid."""
    _check_username(username)
    _check_password(password)
    if not agencies:
        raise AccountError("an account needs at least one agency")
    for agency in agencies:
        try:
            segment(agency, "agency")
        except ValueError as exc:
            raise AccountError(str(exc)) from None
    account = Account(
        username=username, password_hash=_hasher().hash(password), agencies=sorted(set(agencies))
    )
    created = store.put_if_absent(
        settings.bucket_registry,
        _key(username),
        account.model_dump_json(indent=2).encode(),
        "application/json",
    )
    if not created:
        raise AccountError(f"account {username!r} already exists")
    return account


def set_password(store: ObjectStore, settings: Settings, username: str, password: str) -> None:
    _check_password(password)
    account = _require(store, settings, username)
    _save(store, settings, account.model_copy(update={"password_hash": _hasher().hash(password)}))


def disable_account(store: ObjectStore, settings: Settings, username: str) -> None:
    account = _require(store, settings, username)
    _save(store, settings, account.model_copy(update={"disabled": True}))


def authenticate(store: ObjectStore, settings: Settings, username: str, password: str) -> Account | None:
    """The account if ``password`` is right and the account is enabled, else None.

    Unknown names cost one argon2 verification like known ones, so timing does not
    tell them apart.
    """
    account = get_account(store, settings, username) if USERNAME.fullmatch(username) else None
    stored = account.password_hash if account else _dummy_hash()
    try:
        # No stored password is longer than the maximum, so a longer one cannot match:
        # cutting it keeps the cost of a sign-in attempt bounded.
        _hasher().verify(stored, password[: MAX_PASSWORD_CHARS + 1])
    except (VerificationError, InvalidHashError):
        return None
    if account is None or account.disabled:
        return None
    if _hasher().check_needs_rehash(stored):
        account = account.model_copy(update={"password_hash": _hasher().hash(password)})
        _save(store, settings, account)
    return account


def get_account(store: ObjectStore, settings: Settings, username: str) -> Account | None:
    if not USERNAME.fullmatch(username):
        return None
    try:
        data = store.get(settings.bucket_registry, _key(username))
    except ObjectNotFound:
        return None
    return _parse(data, _key(username))


def reviewer_of(store: ObjectStore, settings: Settings, username: str, agency: str) -> Account:
    """The enabled account ``username`` that reviews ``agency``'s applications; AccountError
    otherwise, so that a record made outside the web app still names a real reviewer."""
    account = get_account(store, settings, username)
    if account is None or account.disabled:
        raise AccountError(f"no enabled reviewer account {username!r}")
    if agency not in account.agencies:
        raise AccountError(f"{username!r} does not review {agency!r} applications")
    return account


def list_accounts(store: ObjectStore, settings: Settings) -> list[Account]:
    return [
        _parse(store.get(settings.bucket_registry, info.key), info.key)
        for info in store.list(settings.bucket_registry, ACCOUNTS)
        if info.key.endswith(".json")
    ]


def _require(store: ObjectStore, settings: Settings, username: str) -> Account:
    account = get_account(store, settings, username)
    if account is None:
        raise AccountError(f"no account {username!r}")
    return account


def _save(store: ObjectStore, settings: Settings, account: Account) -> None:
    store.put(
        settings.bucket_registry,
        _key(account.username),
        account.model_dump_json(indent=2).encode(),
        "application/json",
    )


def _parse(data: bytes, key: str) -> Account:
    try:
        account = Account.model_validate_json(data)
    except ValidationError as exc:
        raise AccountError(f"registry/{key} is not a valid account: {exc}") from exc
    if _key(account.username) != key:
        # A record copied under another name must not sign its owner in as someone else.
        raise AccountError(f"registry/{key} holds the account {account.username!r}")
    return account


def _key(username: str) -> str:
    return f"{ACCOUNTS}{username}.json"


def _check_username(username: str) -> None:
    if not USERNAME.fullmatch(username):
        raise AccountError(f"username {username!r} must be 2-64 characters of a-z, 0-9, '.', '_', '-'")


def _check_password(password: str) -> None:
    if not MIN_PASSWORD_CHARS <= len(password) <= MAX_PASSWORD_CHARS:
        raise AccountError(f"a password must have {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters")
