"""Every user-visible string goes through :func:`tr`, so that Rapport can be translated without
touching its code; :func:`install_translators` loads the translation for the user's locale.

``tr("Add the first stakeholder…")`` asks Qt for the text in the language of the translation
installed at start-up (none: English, as written). ``pyside6-lupdate`` finds every ``tr("…")``
call (context "", as it files module-level calls) and writes them into a ``.ts`` file for a
translator; ``pyside6-lrelease`` makes the ``.qm`` Rapport loads. docs/translating.md says how.
tests/test_translatable_text.py keeps new text from slipping past ``tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path

#: Where the translations (rapport_de.ts, compiled to rapport_de.qm, …) are kept and shipped.
TRANSLATIONS_DIR = resource_path("translations")
#: The context every ``tr`` call is filed under (what pyside6-lupdate gives module-level calls).
CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language, where a translation is installed; else as written."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: str | None = None
) -> list[str]:
    """Install Qt's own translation (standard buttons and dialogs) and Rapport's for ``locale``
    (the user's by default), where they exist; returns the files loaded. The translators are
    parented to ``app`` so they live as long as it does."""
    locale = locale or QLocale()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = folder or str(TRANSLATIONS_DIR)
    for name, where in (("qtbase", qt_dir), ("rapport", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    return loaded
