"""Reaching a PKCS#11 token (an HSM, a smart card, SoftHSM): its module, its PIN, one
logged-in session per token and process, and its keys found by label.

The library is **python-pkcs11** (pyauth/python-pkcs11, MIT), installed with the
station's ``hsm`` extra. Chosen because it is the maintained, Pythonic binding
of the whole PKCS#11 C interface: a Cython extension shipped as wheels for
Linux, Windows and macOS (nothing to compile on a line PC); one typed exception
per PKCS#11 return code (``PinIncorrect``, ``PinLocked``, ``NoSuchToken``,
``NoSuchKey``), which become the station's one-line errors; the GIL released
during token calls; and helpers that turn DER keys into PKCS#11 templates for
the import commands. PyKCS11, the other long-lived binding, is a thinner SWIG
layer that leaves templates, return codes and signature formats to the caller.
It is imported only when a token is used: a station without the ``hsm`` extra
runs as before and says what to install when a ``pkcs11:`` URI is given.

The PIN comes from ``$STATION_HSM_PIN`` or the station's secret store (``station
hsm pin``), never from an argument, and is handed to the token at login only:
it is not kept, logged or shown. A session is opened once per token and
process and shared by every worker thread; every token call in the process is
serialised (``OpenToken.call``).

What the keys do is in ``pkcs11_signers`` (signing, deriving) and
``pkcs11_import`` (putting keys into a token, listing them).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.core.errors import CredentialError
from station.credentials.secret_store import SecretStore, open_secret_store
from station.credentials.token_uri import PIN_ENV, TokenKeyRef

if TYPE_CHECKING:
    from pkcs11.types import Session, Token

_PIN_HINT = (
    f"set {PIN_ENV}, or keep the PIN in the station's secrets with "
    "`station hsm pin --token URI`"
)
RETRY_HINT = "check that the token is connected and unlocked, then try the unit again"


def pkcs11_module() -> Any:
    """The pkcs11 package; CredentialError with what to install when it is missing."""
    try:
        import pkcs11
    except ImportError:
        raise CredentialError(
            "the station cannot use PKCS#11 tokens: python-pkcs11 is not installed",
            hint="install the station with its hsm extra: pip install "
            "'provisioning-station[hsm]'",
        ) from None
    return pkcs11


def pin_secret_name(token_label: str) -> str:
    """The secret store's name for a token's PIN."""
    return f"hsm-pin:{token_label}"


def _unlocked_store(store: SecretStore | None, purpose: str) -> SecretStore:
    from station.credentials.secret_store import passphrase_from_environment

    opened = store or open_secret_store()
    if opened.needs_passphrase and not opened.unlocked:
        passphrase = passphrase_from_environment()
        if not passphrase:
            raise CredentialError(
                f"{purpose} is kept in {opened.description}, which is locked",
                hint=f"set STATION_SECRETS_PASSPHRASE, or set {PIN_ENV}",
            )
        opened.unlock(passphrase)
    return opened


def token_pin(token_label: str, store: SecretStore | None = None) -> str:
    """The PIN of the token labelled ``token_label``: ``$STATION_HSM_PIN``, else the one
    kept in the secret store. Raises CredentialError when neither has one."""
    pin = os.environ.get(PIN_ENV, "")
    if pin:
        return pin
    opened = store or open_secret_store()
    path = getattr(opened, "path", None)
    if opened.needs_passphrase and isinstance(path, Path) and not path.exists():
        pin = ""  # no secrets file on this PC: nothing kept, nothing to unlock
    else:
        pin = _unlocked_store(opened, f"the PIN of token '{token_label}'").get(
            pin_secret_name(token_label)
        )
    if not pin:
        raise CredentialError(f"no PIN is given for token '{token_label}'", hint=_PIN_HINT)
    return pin


def store_pin(token_label: str, pin: str, store: SecretStore | None = None) -> str:
    """Keep ``pin`` for ``token_label`` in the secret store; returns where it went."""
    if not pin:
        raise CredentialError("the PIN is empty", hint="type the token's user PIN")
    opened = _unlocked_store(store, "the station's secrets")
    opened.set(pin_secret_name(token_label), pin)
    return opened.description


# Modules are started without locking callbacks (C_Initialize(NULL)), which lets them
# assume one call at a time: every token call in the process goes through this lock.
_token_calls = threading.RLock()


class OpenToken:
    """One logged-in session on a token, shared by the signers that use the token."""

    def __init__(self, token: Token, session: Session, ref: TokenKeyRef) -> None:
        self.token = token
        self.session = session
        self.label = ref.token
        self.lock = _token_calls
        self.closed = False

    def call(self, what: str, operation: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one token operation under the lock; its failure is a CredentialError."""
        lib = pkcs11_module()
        with self.lock:
            if self.closed:  # its module may be unloaded: calling into it would crash
                raise CredentialError(
                    f"{what} failed: the station closed its session on token '{self.label}'",
                    hint="start the job again",
                )
            try:
                return operation(*args, **kwargs)
            except lib.PKCS11Error as exc:
                raise CredentialError(
                    f"{what} failed in token '{self.label}': {reason(exc)}", hint=RETRY_HINT
                ) from None


_open_tokens: dict[tuple[str, str, str], OpenToken] = {}


def _library(module: str) -> Any:
    lib = pkcs11_module()
    if not Path(module).is_file():
        raise CredentialError(
            f"the PKCS#11 module {module} does not exist",
            hint="check module-path= in the pkcs11: URI or STATION_PKCS11_MODULE "
            "(SoftHSM: /usr/lib/softhsm/libsofthsm2.so)",
        )
    try:
        return lib.lib(module)
    except (lib.PKCS11Error, RuntimeError, OSError) as exc:
        raise CredentialError(
            f"the PKCS#11 module {module} cannot be loaded: {reason(exc)}",
            hint="check that it is the token vendor's PKCS#11 library for this PC",
        ) from None


def _find_token(library: Any, ref: TokenKeyRef, module: str, may_rescan: bool) -> Token:
    lib = pkcs11_module()
    query: dict[str, Any] = {"token_label": ref.token}
    if ref.serial:
        query["token_serial"] = ref.serial.encode("utf-8")
    try:
        return library.get_token(**query)  # type: ignore[no-any-return]
    except lib.NoSuchToken:
        if may_rescan:
            # Some modules (SoftHSM among them) list only the tokens present when they
            # started: start it again to see one plugged in or made since.
            library.reinitialize()
            return _find_token(library, ref, module, may_rescan=False)
        present = sorted({t.label for t in library.get_tokens() if t.label})
        seen = f" (it has: {', '.join(present)})" if present else " (it has none)"
        raise CredentialError(
            f"no token labelled '{ref.token}' is present in the PKCS#11 module "
            f"{Path(module).name}{seen}",
            hint="connect the token, or check token= in the pkcs11: URI",
        ) from None
    except lib.MultipleTokensReturned:
        raise CredentialError(
            f"more than one token is labelled '{ref.token}'",
            hint="add the token's serial number to the URI: serial=…",
        ) from None


def open_token(ref: TokenKeyRef, store: SecretStore | None = None) -> OpenToken:
    """The logged-in session on ``ref``'s token, opened at the first use in this process."""
    module = ref.module_path()
    key = (module, ref.token, ref.serial)
    with _token_calls:
        opened = _open_tokens.get(key)
        if opened is not None:
            return opened
        library = _library(module)
        in_use = any(k[0] == module for k in _open_tokens)
        token = _find_token(library, ref, module, may_rescan=not in_use)
        pin = token_pin(ref.token, store)
        session = _login(token, pin, ref)
        opened = _open_tokens[key] = OpenToken(token, session, ref)
        return opened


def _login(token: Token, pin: str, ref: TokenKeyRef) -> Session:
    lib = pkcs11_module()
    try:
        return token.open(rw=True, user_pin=pin)
    except lib.PinIncorrect:
        message, hint = f"the PIN for token '{ref.token}' is wrong", (
            f"check {PIN_ENV} or the PIN kept with `station hsm pin`; most tokens lock "
            "themselves after a few wrong PINs"
        )
    except lib.PinLocked:
        message, hint = f"token '{ref.token}' is locked after too many wrong PINs", (
            "the security officer must unlock it (set a new user PIN with the token's tools)"
        )
    except (lib.PinLenRange, lib.PinInvalid):
        message, hint = (
            f"the PIN for token '{ref.token}' has a length or characters the token refuses",
            f"check {PIN_ENV} or the PIN kept with `station hsm pin`",
        )
    except lib.UserPinNotInitialized:
        message, hint = (
            f"token '{ref.token}' has no user PIN yet",
            "initialise the token's user PIN with its tools first",
        )
    except lib.PKCS11Error as exc:
        message, hint = f"token '{ref.token}' refused the login: {reason(exc)}", RETRY_HINT
    raise CredentialError(message, hint=hint)


def close_tokens() -> None:
    """Log out of every token this process opened and stop their modules.

    For the end of a job in a long-lived process and for tests: the next use opens
    the token again (and a module started again reads its configuration again).
    """
    with _token_calls:
        if not _open_tokens:
            return
        lib = pkcs11_module()
        modules = {key[0] for key in _open_tokens}
        for opened in _open_tokens.values():
            opened.closed = True
            with opened.lock:
                try:
                    opened.session.close()
                except lib.PKCS11Error:
                    pass  # a token pulled out: its session is gone already
        _open_tokens.clear()
        for module in modules:
            lib.unload(module)


def find_key(opened: OpenToken, ref: TokenKeyRef, object_class: Any, what: str) -> Any:
    lib = pkcs11_module()
    with opened.lock:
        try:
            key = opened.session.get_key(
                object_class=object_class, label=ref.object, id=ref.key_id or None
            )
        except lib.NoSuchKey:
            raise CredentialError(
                f"token '{ref.token}' holds no {what} labelled '{ref.object}'",
                hint="check object= in the pkcs11: URI (station hsm check --token URI "
                "lists the token's keys)",
            ) from None
        except lib.MultipleObjectsReturned:
            raise CredentialError(
                f"token '{ref.token}' holds more than one {what} labelled '{ref.object}'",
                hint="add the key's id to the URI: id=%01…",
            ) from None
        except lib.PKCS11Error as exc:
            raise CredentialError(
                f"token '{ref.token}' could not look up '{ref.object}': {reason(exc)}",
                hint=RETRY_HINT,
            ) from None
        if not key_attribute(key, lib.Attribute.SENSITIVE, default=True):
            raise CredentialError(
                f"the {what} '{ref.object}' in token '{ref.token}' can be read out of the "
                "token (it is not marked sensitive)",
                hint="import the key again with `station hsm import-…`, which marks it "
                "sensitive and non-extractable",
            )
        if not key_attribute(key, lib.Attribute.SIGN, default=False):
            raise CredentialError(
                f"the {what} '{ref.object}' in token '{ref.token}' may not sign",
                hint="use a key made for signing (CKA_SIGN)",
            )
    return key


def key_attribute(key: Any, attribute: Any, default: Any) -> Any:
    try:
        return key[attribute]
    except (pkcs11_module().PKCS11Error, KeyError):
        return default


def reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
