#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// Which language the programs speak. The console's own texts come from the .qm files embedded in
// console_core under :/i18n (translations/), Qt's own texts (standard buttons, shortcuts) from the
// qtbase_<lang>.qm files of the Qt installation. The language follows the system locale unless the
// person chose one in Settings (QSettings key "ui/language").
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)

public:
    // The QSettings key that holds the person's choice: a code from availableLanguages(), or "system".
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // The value meaning "follow the system locale" (an empty value means the same).
    static QString systemValue() { return QStringLiteral("system"); }

    struct Language
    {
        QString code; // "de", "en", "es", "fr": what goes into settingsKey()
        QString nativeName; // "Deutsch", "English", "Español", "Français": shown in Settings as is
    };

    struct Result
    {
        QLocale locale; // the locale the program now uses (also QLocale::setDefault)
        bool appTranslationLoaded = false; // the console's own .qm (false for English: no .qm needed)
        bool qtTranslationLoaded = false; // Qt's qtbase_<lang>.qm
        QString qtTranslationsPath; // where Qt's translations were looked for (for --version / support)
    };

    // Installs the translators on app (they become its children) for languageOverride ("de", "fr", ...),
    // or for the system locale when it is empty or "system". An unknown code falls back to the system
    // locale. Call it once, after the QCoreApplication exists and before any window or help text is built.
    static Result install(QCoreApplication *app, const QString &languageOverride);

    // Convenience for main(): reads settingsKey() from QSettings() and calls install().
    static Result installFromSettings(QCoreApplication *app);

    // The languages the console ships a translation for, English included, sorted by code.
    static QList<Language> availableLanguages();

    // The label of the "follow the system" choice in Settings, naming the system's language.
    static QString followSystemLabel();

    // The locale install() would pick for languageOverride (exposed for tests and Settings' preview).
    static QLocale resolveLocale(const QString &languageOverride);
};
