// The committed .ts files are the ones update_translations would write today, and the translations are
// complete. A failure names the messages and the one command that fixes the first kind of problem.
#include "TestEnvironment.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one text, or the numerus forms
};

struct TsFile
{
    QString language;
    QMap<QString, Message> messages; // key: context, source, comment
    QString error;
};

QString key(const QString &context, const QString &source, const QString &comment)
{
    return context + QStringLiteral(" | ") + source
        + (comment.isEmpty() ? QString() : QStringLiteral(" | ") + comment);
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                source.clear();
                comment.clear();
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.insert(key(context, source, comment), message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

bool isActive(const Message &m)
{
    return m.translationType != QLatin1String("vanished") && m.translationType != QLatin1String("obsolete");
}

QSet<QString> activeKeys(const TsFile &ts)
{
    QSet<QString> keys;
    for (auto it = ts.messages.cbegin(); it != ts.messages.cend(); ++it)
        if (isActive(it.value()))
            keys.insert(it.key());
    return keys;
}

QStringList tsFiles()
{
    return QString::fromUtf8(TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString languageOf(const QString &tsPath)
{
    const QString base = QFileInfo(tsPath).completeBaseName();
    return base.mid(base.lastIndexOf(QLatin1Char('_')) + 1);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// A mnemonic: '&' before a letter or digit, not the escaped "&&".
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[\\w]"));
    return re.match(text).hasMatch();
}

const char kRefresh[] = "Run: cmake --build <build dir> --target update_translations, translate the new "
                        "entries (translations/README.md), and commit translations/*.ts.";

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(QFileInfo::exists(QStringLiteral(LUPDATE_BIN)), LUPDATE_BIN);
        QCOMPARE(tsFiles().size(), 4);
    }

    // lupdate over today's sources, into copies of the .ts files, must find exactly the committed messages.
    void tsFilesMatchSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args = QString::fromUtf8(LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        args << QStringLiteral("@" LUPDATE_LIST) << QStringLiteral("-ts");
        QStringList copies;
        for (const QString &ts : tsFiles()) {
            const QString copy = dir.filePath(QFileInfo(ts).fileName());
            QVERIFY2(QFile::copy(ts, copy), qPrintable(ts));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        args << copies;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE_BIN), args);
        QVERIFY(lupdate.waitForFinished(120000));
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());

        QStringList problems;
        for (int i = 0; i < copies.size(); ++i) {
            const TsFile committed = readTs(tsFiles().at(i));
            const TsFile fresh = readTs(copies.at(i));
            QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
            QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
            const QSet<QString> want = activeKeys(fresh);
            const QSet<QString> have = activeKeys(committed);
            const QString name = QFileInfo(tsFiles().at(i)).fileName();
            for (const QString &k : want - have)
                problems << QStringLiteral("%1: missing (new in the sources): %2").arg(name, k);
            for (const QString &k : have - want)
                problems << QStringLiteral("%1: no longer in the sources: %2").arg(name, k);
        }
        if (!problems.isEmpty()) {
            const int total = problems.size();
            problems = problems.mid(0, 20);
            QFAIL(qPrintable(QStringLiteral("The .ts files are out of date (%1 difference(s)):\n  %2\n%3")
                                 .arg(total)
                                 .arg(problems.join(QStringLiteral("\n  ")), QString::fromLatin1(kRefresh))));
        }
    }

    void translationsComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &ts : tsFiles())
            QTest::newRow(qPrintable(languageOf(ts))) << ts;
    }

    // de, fr, es: every message translated, with the source's %1.. placeholders and a mnemonic where the
    // source has one. en (the source language): every plural message has its singular and plural forms.
    void translationsComplete()
    {
        QFETCH(QString, path);
        const QString language = languageOf(path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
        QVERIFY2(!activeKeys(ts).isEmpty(), "no messages: is the lupdate input list empty?");

        const bool sourceLanguage = language == QLatin1String("en");
        QStringList problems;
        for (auto it = ts.messages.cbegin(); it != ts.messages.cend(); ++it) {
            const Message &m = it.value();
            if (!isActive(m) || (sourceLanguage && !m.numerus))
                continue;
            const QString source = it.key().section(QStringLiteral(" | "), 1, 1);
            if (m.translationType == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: %1").arg(it.key());
            if (m.forms.isEmpty() || m.forms.contains(QString()))
                problems << QStringLiteral("empty translation: %1").arg(it.key());
            if (m.numerus && m.forms.size() < 2)
                problems << QStringLiteral("plural forms missing: %1").arg(it.key());
            for (const QString &form : m.forms) {
                if (form.isEmpty())
                    continue;
                // %n may be left out of a singular form ("Ein Kalender"); numbered ones never.
                if (placeholders(form) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: %1 -> %2").arg(it.key(), form);
                if (hasMnemonic(source) && !hasMnemonic(form))
                    problems << QStringLiteral("mnemonic (&) missing: %1 -> %2").arg(it.key(), form);
            }
        }
        if (!problems.isEmpty()) {
            const int total = problems.size();
            problems = problems.mid(0, 20);
            QFAIL(qPrintable(QStringLiteral("%1: %2 problem(s):\n  %3")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(total)
                                 .arg(problems.join(QStringLiteral("\n  ")))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
