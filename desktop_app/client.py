"""The client's services: what the window and the headless commands do, without Qt.

``Client`` opens a home (the store, forms, users). ``Client.login`` gives a ``UserSession``:
the unlocked data key plus every operation on respondents' data.
"""

from __future__ import annotations

import hashlib
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.crypto import DataKey, KdfParams
from desktop_app.draft import (
    audit,
)
from desktop_app.errors import (
    ClientError,
    FormNotInstalled,
    NotAllowed,
    StoreDamaged,
    WrongPassword,
)
from desktop_app.passwords import MIN_PASSWORD, check_password, wrapped_for
from desktop_app.paths import Home
from desktop_app.session import UserSession
from desktop_app.store import (
    FormVersionInfo,
    Store,
    UserRecord,
)
from form_engine import FormDefinition, load_xform, load_xlsform
from form_engine.entities import declarations, link_lists
from form_engine.validation import language_code
from form_engine.xform import read_xform

__all__ = ["MIN_PASSWORD", "Client", "InstallResult", "UserSession"]


@dataclass
class InstallResult:
    form: FormVersionInfo
    new: bool


class Client:
    def __init__(
        self,
        home: Home,
        *,
        clock: Callable[[], datetime] | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        self.home = home
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.kdf = kdf or KdfParams()
        self.store = Store(home)
        self._forms: dict[tuple[str, str], FormDefinition] = {}
        device = self.store.setting("device_id")
        if not device:
            device = str(uuidlib.uuid4())
            self.store.set_setting("device_id", device)
        self.device_id = str(device)

    def close(self) -> None:
        self.store.close()

    def now_text(self) -> str:
        return self.clock().isoformat(timespec="milliseconds")

    # -- users ---------------------------------------------------------------------------------
    def has_users(self) -> bool:
        return self.store.user_count() > 0

    def users(self) -> list[UserRecord]:
        return self.store.users()

    def create_first_user(
        self, name: str, password: str, *, enumerator_id: str = "", site: str = ""
    ) -> UserSession:
        """The first profile on a computer is its administrator; it creates the data key."""
        if self.has_users():
            raise NotAllowed("this computer already has users: an administrator adds new ones")
        key = DataKey.generate()
        record = self._new_user_record(
            name, password, key, enumerator_id=enumerator_id, site=site, is_admin=True
        )
        self.store.add_user(record, audit=audit(name, "user.add", name, self.now_text(), "admin"))
        return UserSession(self, self.store.user(name), key)

    def _new_user_record(
        self,
        name: str,
        password: str,
        key: DataKey,
        *,
        enumerator_id: str,
        site: str,
        is_admin: bool,
    ) -> UserRecord:
        name = name.strip()
        if not name:
            raise ClientError("a user needs a name")
        check_password(password)
        params = self.kdf.with_new_salt()
        now = self.now_text()
        return UserRecord(
            name=name,
            enumerator_id=enumerator_id.strip(),
            site=site.strip(),
            is_admin=is_admin,
            **wrapped_for(key, password, params),
            created_at=now,
            updated_at=now,
        )

    def login(self, name: str, password: str) -> UserSession:
        user = self.store.user(name)  # UnknownUser when there is no such profile
        if user.disabled:
            raise NotAllowed(
                f"the profile '{user.name}' is disabled: ask this computer's administrator",
                code="disabled",
            )
        expected = user.kdf.get("wrapped_sha256")
        if expected and hashlib.sha256(user.wrapped_key).hexdigest() != expected:
            # not a wrong password: the stored key of this profile is damaged
            raise StoreDamaged(
                f"the profile '{user.name}' is damaged on this computer (its key no longer "
                "matches its checksum): an administrator can give it a new password "
                f"(daftari user reset {user.name}); the data is not affected",
                code="profile_damaged",
            )
        try:
            key = DataKey.unwrap(user.wrapped_key, password, KdfParams.from_json(user.kdf))
        except WrongPassword:
            self.store.log(audit(user.name, "user.login_failed", user.name, self.now_text()))
            raise WrongPassword(f"the password for '{user.name}' is not right") from None
        self.store.log(audit(user.name, "user.login", user.name, self.now_text()))
        return UserSession(self, user, key)

    # -- forms ---------------------------------------------------------------------------------
    def install_form(self, path: Path, *, by: str = "") -> InstallResult:
        """Check and install an XLSForm (raises FormLoadError with sheet/row/column)."""
        workbook = path.read_bytes()
        return self._install(load_xlsform(path), workbook, path.name, by)

    def install_xform(
        self, xform: bytes, files: dict[str, bytes] | None = None, *, by: str = ""
    ) -> InstallResult:
        """Install a form as an OpenRosa server (ODK Central, KoboToolbox) serves it: its XForm
        and the files its manifest lists (raises FormLoadError)."""
        texts = {}
        for name, content in (files or {}).items():
            try:
                texts[name] = content.decode("utf-8-sig")
            except UnicodeDecodeError:
                continue  # an image or a sound of the form's labels: not used here
        form = load_xform(xform, attachments=texts)
        return self._install(form, xform, f"{form.form_id}.xml", by)

    def _install(self, form: FormDefinition, source: bytes, file_name: str, by: str):
        # a follow-up that reads a list another form declares (or that this computer holds)
        # reads it from the list, not from a file
        link_lists(form, self._declared_lists())
        form.require_files()  # an installed form is filled: its choice files must be there
        info = FormVersionInfo(
            form_id=form.form_id,
            version=form.version,
            title=form.title or form.form_id,
            languages=form.languages,
            default_language=form.default_language,
            installed_at=self.now_text(),
            sha256=hashlib.sha256(source).hexdigest(),
            file_name=file_name,
            titles={language_code(lang): title for lang, title in form.titles.items()},
        )
        new = self.store.add_form(
            info,
            workbook=source,
            model_json=form.model_dump_json(),
            audit=audit(
                by or "-", "form.install", f"{form.form_id}@{form.version}", info.installed_at
            ),
        )
        if new:
            self._forms[(form.form_id, form.version)] = form
        return InstallResult(info, new)

    def _declared_lists(self) -> set[str]:
        """The entity lists the installed forms declare, and those this computer holds."""
        found = set(self.store.entity_list_names())
        for info in self.store.forms(latest_only=False):
            found |= {d.dataset for d in declarations(self.form(info.form_id, info.version))}
        return found

    def install_forms(self, paths: Iterable[Path]) -> list[InstallResult]:
        return [self.install_form(p) for p in paths]

    def forms(self, *, latest_only: bool = True) -> list[FormVersionInfo]:
        return self.store.forms(latest_only=latest_only)

    def form(self, form_id: str, version: str | None = None) -> FormDefinition:
        if version is None:
            latest = [f for f in self.store.forms(latest_only=True) if f.form_id == form_id]
            if not latest:
                raise FormNotInstalled(f"form '{form_id}' is not installed")
            version = latest[0].version
        cached = self._forms.get((form_id, version))
        if cached is None:
            cached = FormDefinition.model_validate_json(self.store.form_model(form_id, version))
            if cached.audit is None and "/meta/audit" in cached.xform:
                # installed before audit logs were recorded: its audit read from its XForm
                cached.audit = read_xform(cached.xform).audit
            self._forms[(form_id, version)] = cached
        return cached
