// Localization against the real embedded catalogs and Qt's installed qtbase_<lang>.qm files.
#include "TestEnvironment.h"
#include "common/Localization.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTest>
#include <QTranslator>

class TestLocalization : public QObject
{
    Q_OBJECT

private:
    int installedTranslators() const { return qApp->findChildren<QTranslator *>().size(); }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(QFileInfo::exists(dir + QStringLiteral("/qtbase_de.qm")),
            "Qt's own translations are missing: install qt6-translations-l10n (.ci/deps.sh).");
    }

    void cleanup() { Localization::install(qApp, QStringLiteral("en")); }

    void availableLanguages()
    {
        const QList<Localization::Language> languages = Localization::availableLanguages();
        QStringList codes;
        QStringList names;
        for (const auto &l : languages) {
            codes << l.code;
            names << l.nativeName;
        }
        QCOMPARE(codes,
            (QStringList {
                QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}));
        QCOMPARE(names,
            (QStringList {QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Español"),
                QStringLiteral("Français")}));
        // Every language has its catalog embedded (English holds the plural forms).
        for (const QString &code : codes)
            QVERIFY2(QFileInfo::exists(QStringLiteral(":/i18n/cronofy-console_%1.qm").arg(code)),
                qPrintable(code));
    }

    void overrideLoadsAppAndQtCatalogs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("followSystem"); // the console's own text
        QTest::addColumn<QString>("ctrl"); // Qt's own text (QShortcut "Ctrl")
        QTest::newRow("de") << QStringLiteral("de") << QLocale::German
                            << QStringLiteral("Wie im System (English)") << QStringLiteral("Strg");
        QTest::newRow("fr") << QStringLiteral("fr") << QLocale::French
                            << QStringLiteral("Comme le système (English)") << QStringLiteral("Ctrl");
        QTest::newRow("es") << QStringLiteral("es") << QLocale::Spanish
                            << QStringLiteral("Igual que el sistema (English)") << QStringLiteral("Control");
    }

    void overrideLoadsAppAndQtCatalogs()
    {
        QFETCH(QString, code);
        QFETCH(QLocale::Language, language);
        QFETCH(QString, followSystem);
        QFETCH(QString, ctrl);

        const Localization::Result result = Localization::install(qApp, code);
        QCOMPARE(result.locale.language(), language);
        QCOMPARE(QLocale().language(), language); // QLocale::setDefault: numbers and dates follow
        QVERIFY(result.appTranslationLoaded);
        QVERIFY(result.qtTranslationLoaded);
        QCOMPARE(Localization::followSystemLabel(), followSystem);
        QCOMPARE(QCoreApplication::translate("QShortcut", "Ctrl"), ctrl);
        // Qt's catalog really is in use: a standard button text differs from the English source.
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
        QCOMPARE(installedTranslators(), 2);
    }

    void secondInstallReplacesTheFirst()
    {
        Localization::install(qApp, QStringLiteral("de"));
        Localization::install(qApp, QStringLiteral("fr"));
        QCOMPARE(installedTranslators(), 2);
        QCOMPARE(Localization::followSystemLabel(), QStringLiteral("Comme le système (English)"));
    }

    void systemAndUnknownFollowTheSystem_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("system") << QStringLiteral("system");
        QTest::newRow("unknown") << QStringLiteral("xx-not-a-language");
    }

    void systemAndUnknownFollowTheSystem()
    {
        QFETCH(QString, value);
        // ctest runs with LANG=C.UTF-8: the system speaks English.
        const Localization::Result result = Localization::install(qApp, value);
        QCOMPARE(result.locale, QLocale::system());
        QCOMPARE(Localization::followSystemLabel(), QStringLiteral("Same as the system (English)"));
    }

    void languageWithoutCatalogSpeaksEnglishWithPlurals()
    {
        // Italian has no catalog: the window speaks English, and its plural forms come from the en catalog.
        const Localization::Result result = Localization::install(qApp, QStringLiteral("it"));
        QCOMPARE(result.locale.language(), QLocale::Italian);
        QVERIFY(!result.appTranslationLoaded);
        const char *source = "Cronofy is limiting requests. Wait %n second(s) and try again.";
        QCOMPARE(QCoreApplication::translate("ApiError", source, nullptr, 1),
            QStringLiteral("Cronofy is limiting requests. Wait 1 second and try again."));
        QCOMPARE(QCoreApplication::translate("ApiError", source, nullptr, 5),
            QStringLiteral("Cronofy is limiting requests. Wait 5 seconds and try again."));
    }

    void settingsKeyIsHonoured()
    {
        QSettings().setValue(Localization::settingsKey(), QStringLiteral("es"));
        const Localization::Result result = Localization::installFromSettings(qApp);
        QCOMPARE(result.locale.language(), QLocale::Spanish);
        QCOMPARE(Localization::followSystemLabel(), QStringLiteral("Igual que el sistema (English)"));
        QSettings().remove(Localization::settingsKey());
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
