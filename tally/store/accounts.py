"""People who use tally's server: accounts with a role, their hashed passwords and API tokens.

Passwords are hashed with Argon2 (argon2-cffi); API tokens are random strings shown once and
kept only as SHA-256 digests, so a copy of the database gives neither away. Every change to an
account goes to the audit log (without any secret).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Boolean, DateTime, Engine, ForeignKey, Index, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from tally.store.db import StoreError, writer
from tally.store.incidents import audit
from tally.store.models import Base

#: Roles from least to most trusted; each can do what the ones before it can.
ROLES = ("viewer", "analyst", "reviewer", "admin")
#: What every API token starts with, so that a leaked one is easy to recognise.
TOKEN_PREFIX = "tally_"
#: Shortest password accepted.
MIN_PASSWORD = 10

_hasher = PasswordHasher()


class UserRow(Base):
    """An account: a name, a role, a hashed password (None for token-only accounts)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TokenRow(Base):
    """An API token of an account, kept as the SHA-256 of the token."""

    __tablename__ = "api_tokens"
    __table_args__ = (Index("ix_api_tokens_user_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean)


@dataclass(frozen=True)
class User:
    """An account as the server sees it: who, with which role."""

    id: int
    name: str
    role: str
    disabled: bool = False

    def can(self, role: str) -> bool:
        """Whether this account has `role` or a more trusted one."""
        return not self.disabled and ROLES.index(self.role) >= ROLES.index(role)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "role": self.role, "disabled": self.disabled}


def _user(row: UserRow) -> User:
    return User(row.id, row.name, row.role, row.disabled)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise StoreError(f"{role!r} is not a role; choose one of {', '.join(ROLES)}.")


def _find(session: Session, name: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.name == name.strip()))
    if row is None:
        raise StoreError(f"There is no account named {name!r}.")
    return row


class Accounts:
    """Account operations on one database (`Accounts(store.engine)`)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, name: str, role: str, password: str | None, actor: str) -> User:
        """Make an account; StoreError if the name is taken, the role unknown or the password
        too short."""
        name = name.strip()
        _check_role(role)
        if not name or len(name) > 100:
            raise StoreError("An account name needs 1 to 100 characters.")
        if password is not None and len(password) < MIN_PASSWORD:
            raise StoreError(f"A password needs at least {MIN_PASSWORD} characters.")
        with Session(writer(self.engine)) as session, session.begin():
            if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
                raise StoreError(f"An account named {name!r} already exists.")
            row = UserRow(
                name=name,
                role=role,
                password_hash=_hasher.hash(password) if password is not None else None,
                disabled=False,
                created_at=datetime.now(UTC),
            )
            session.add(row)
            session.flush()
            audit(
                session, actor, "user_add", "user", row.id, None, {"name": name, "role": role}, None
            )
            return _user(row)

    def all(self) -> list[User]:
        with Session(self.engine) as session:
            return [_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]

    def set_role(self, name: str, role: str, actor: str) -> User:
        _check_role(role)
        with Session(writer(self.engine)) as session, session.begin():
            row = _find(session, name)
            before = row.role
            row.role = role
            audit(
                session, actor, "user_role", "user", row.id, {"role": before}, {"role": role}, None
            )
            return _user(row)

    def set_password(self, name: str, password: str, actor: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise StoreError(f"A password needs at least {MIN_PASSWORD} characters.")
        with Session(writer(self.engine)) as session, session.begin():
            row = _find(session, name)
            row.password_hash = _hasher.hash(password)
            audit(session, actor, "user_password", "user", row.id, None, None, None)

    def disable(self, name: str, actor: str) -> User:
        """Disable an account and revoke its tokens; it can no longer sign in."""
        with Session(writer(self.engine)) as session, session.begin():
            row = _find(session, name)
            row.disabled = True
            for token in session.scalars(select(TokenRow).where(TokenRow.user_id == row.id)):
                token.revoked = True
            audit(session, actor, "user_disable", "user", row.id, None, {"disabled": True}, None)
            return _user(row)

    def new_token(self, name: str, label: str, actor: str) -> str:
        """Make an API token for an account; the token is returned once and never stored."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with Session(writer(self.engine)) as session, session.begin():
            row = _find(session, name)
            if row.disabled:
                raise StoreError(f"The account {name!r} is disabled.")
            session.add(
                TokenRow(
                    user_id=row.id,
                    label=label[:100],
                    digest=_digest(token),
                    created_at=datetime.now(UTC),
                    revoked=False,
                )
            )
            audit(session, actor, "token_add", "user", row.id, None, {"label": label}, None)
        return token

    def by_token(self, token: str) -> User | None:
        """The live account a token belongs to; None for an unknown, revoked or disabled one."""
        with Session(self.engine) as session:
            row = session.scalar(
                select(UserRow)
                .join(TokenRow, TokenRow.user_id == UserRow.id)
                .where(TokenRow.digest == _digest(token), TokenRow.revoked.is_(False))
            )
        return _user(row) if row is not None and not row.disabled else None

    def by_id(self, user_id: int) -> User | None:
        with Session(self.engine) as session:
            row = session.get(UserRow, user_id)
        return _user(row) if row is not None and not row.disabled else None

    def check_password(self, name: str, password: str) -> User | None:
        """The live account when the password is right; None otherwise."""
        with Session(self.engine) as session:
            row = session.scalar(select(UserRow).where(UserRow.name == name.strip()))
        if row is None or row.disabled or row.password_hash is None:
            # Spend the same time as a real check, so names cannot be probed by timing.
            _hasher.hash(password)
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        return _user(row)
