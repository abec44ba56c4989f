#include "common/Localization.h"

#include "common/LogCategories.h"

#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace {
// translations/CMakeLists.txt embeds cronofy-console_<lang>.qm under this prefix.
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kAppCatalog = QStringLiteral("cronofy-console");
const QString kQtCatalog = QStringLiteral("qtbase");

bool isSystem(const QString &value)
{
    return value.isEmpty() || value.compare(QStringLiteral("system"), Qt::CaseInsensitive) == 0;
}

// Qt's translations: the Qt installation's folder first (Linux distributions, qt.conf), then a
// "translations" folder next to the program, where windeployqt and macdeployqt put them.
bool loadQtTranslation(QTranslator *translator, const QLocale &locale, QString *searchedPath)
{
    const QStringList dirs = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../Resources/translations"),
    };
    for (const QString &dir : dirs) {
        if (translator->load(locale, kQtCatalog, QStringLiteral("_"), dir)) {
            *searchedPath = QDir::cleanPath(dir);
            return true;
        }
    }
    *searchedPath = QDir::cleanPath(dirs.constFirst());
    return false;
}
} // namespace

QLocale Localization::resolveLocale(const QString &languageOverride)
{
    const QString wanted = languageOverride.trimmed();
    if (isSystem(wanted))
        return QLocale::system();
    const QLocale locale(wanted);
    // QLocale turns an unknown name into the "C" locale: follow the system instead.
    if (locale.language() == QLocale::C) {
        qCWarning(lcUi) << "Unknown language" << wanted << "in the settings; following the system locale.";
        return QLocale::system();
    }
    return locale;
}

Localization::Result Localization::install(QCoreApplication *app, const QString &languageOverride)
{
    Result result;
    result.locale = resolveLocale(languageOverride);
    QLocale::setDefault(result.locale);

    // A second call (a new choice in Settings) replaces the translators of the first one.
    for (QTranslator *old : app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (old->objectName() == kAppCatalog || old->objectName() == kQtCatalog) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }

    auto *appTranslator = new QTranslator(app);
    appTranslator->setObjectName(kAppCatalog);
    // Looks up the locale's uiLanguages() in order (de-CH, de, ...). English has no catalog of its own
    // except the plural forms, which cronofy-console_en.qm provides.
    if (appTranslator->load(result.locale, kAppCatalog, QStringLiteral("_"), kResourceDir)) {
        QCoreApplication::installTranslator(appTranslator);
        result.appTranslationLoaded = true;
    } else if (appTranslator->load(kAppCatalog + QStringLiteral("_en"), kResourceDir)) {
        // A language without a catalog (LANG=C, Italian...) is spoken in English: the English catalog still
        // supplies the plural forms, so "%n calendar(s)" never reaches the screen.
        QCoreApplication::installTranslator(appTranslator);
    } else {
        delete appTranslator;
    }

    auto *qtTranslator = new QTranslator(app);
    qtTranslator->setObjectName(kQtCatalog);
    if (loadQtTranslation(qtTranslator, result.locale, &result.qtTranslationsPath)) {
        QCoreApplication::installTranslator(qtTranslator);
        result.qtTranslationLoaded = true;
    } else {
        delete qtTranslator;
    }

    qCInfo(lcUi) << "Language" << result.locale.name() << "- console texts:" << result.appTranslationLoaded
                 << "- Qt texts:" << result.qtTranslationLoaded << "from" << result.qtTranslationsPath;
    return result;
}

Localization::Result Localization::installFromSettings(QCoreApplication *app)
{
    return install(app, QSettings().value(settingsKey()).toString());
}

QString Localization::followSystemLabel()
{
    const QLocale system = QLocale::system();
    // The "C" locale (LANG=C) speaks English.
    const QString name = system.language() == QLocale::C || system.language() == QLocale::English
        ? QStringLiteral("English")
        : system.nativeLanguageName();
    //: A choice in Settings > Language; %1 is the name of the system's language, e.g. "Deutsch".
    return tr("Same as the system (%1)").arg(name);
}

QList<Localization::Language> Localization::availableLanguages()
{
    QList<Language> languages;
    const QString prefix = kAppCatalog + QLatin1Char('_');
    const QStringList files
        = QDir(kResourceDir).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(prefix.size()).chopped(3); // drop ".qm"
        // Qt names the default territory's variant ("American English", "español de España"); the
        // catalogs are plain languages. Unknown codes use Qt's name, capitalised as a choice in a list.
        static const QHash<QString, QString> names = {
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
        };
        QString name = names.value(code);
        if (name.isEmpty()) {
            const QLocale locale(code);
            name = locale.nativeLanguageName();
            if (!name.isEmpty())
                name = locale.toUpper(name.left(1)) + name.mid(1);
        }
        languages.append({code, name.isEmpty() ? code : name});
    }
    if (std::none_of(languages.cbegin(), languages.cend(),
            [](const Language &l) { return l.code == QLatin1String("en"); })) {
        languages.append({QStringLiteral("en"), QStringLiteral("English")});
    }
    std::sort(languages.begin(), languages.end(),
        [](const Language &a, const Language &b) { return a.code < b.code; });
    return languages;
}
