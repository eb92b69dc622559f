"""The interface language: Vietnamese by default, English on request; loads the compiled Qt catalogs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QStandardPaths, QTranslator

from app import APP_NAME
from app.paths import resource_path

log = logging.getLogger("app.gui")
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
CATALOGS = ("pbgdpl", "qt")  # resources/translations/<name>_<lang>.qm: the app's strings, then Qt's own dialogs


def user_settings() -> QSettings:
    """Per-user interface preferences (language, the data folder chosen in Settings): an INI file in the user's
    configuration folder as Qt names it (Linux ``$XDG_CONFIG_HOME``, Windows ``%LOCALAPPDATA%``), read again on
    each call. Qt already knows the folder; asking platformdirs would add ~8 ms to every start-up (more on
    Windows, where it loads ctypes)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(str(Path(folder) / APP_NAME / "pbgdpl-ui.ini"), QSettings.Format.IniFormat)


def saved_language() -> str:
    value = str(user_settings().value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    settings = user_settings()
    settings.setValue("language", language if language in LANGUAGES else DEFAULT_LANGUAGE)
    settings.sync()


def _ensure_built() -> None:
    """Compile the .ts files when the .qm files are missing or stale (running from source)."""
    try:
        stale = False
        for ts in resource_path("translations").glob("*.ts"):
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                stale = True
                break
        if not stale:  # the usual case: no need to look for lrelease (nor import what building needs)
            return
        from app.i18n_build import build

        build()
    except BaseException as exc:  # noqa: BLE001  no lrelease (or read-only folder): use what is there
        log.info("translations not rebuilt: %s", exc)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogs for ``language`` on ``app`` and return them (English needs none).

    Missing or unreadable catalogs are logged and skipped: the interface then shows the English source text.
    """
    for old in getattr(app, "_pbgdpl_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if language != "en":
        _ensure_built()
        folder = resource_path("translations")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir)] + [(f"{name}_{language}", str(folder)) for name in CATALOGS]
        for name, where in candidates:
            translator = QTranslator(app)
            if translator.load(name, where):
                app.installTranslator(translator)
                installed.append(translator)
            elif not name.startswith("qtbase"):
                log.warning("translation %s not found in %s; showing English", name, where)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    app._pbgdpl_translators = installed  # type: ignore[attr-defined]
    return installed
