// The documentation holds together: the README stays a newcomer's two-minute read and links every page in
// docs/, every relative link and #anchor in the Markdown resolves, and each version in CHANGELOG.md has its
// release in the AppStream metainfo (software centres show those).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTest>

#include <algorithm>

namespace {

const QString sourceDir = QStringLiteral(CONSOLE_SOURCE_DIR);

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The Markdown files a reader follows links through.
QStringList markdownFiles()
{
    QStringList files {QStringLiteral("README.md"), QStringLiteral("CHANGELOG.md"),
        QStringLiteral("SECURITY.md"), QStringLiteral("translations/README.md")};
    const QStringList docs
        = QDir(sourceDir + QStringLiteral("/docs")).entryList({QStringLiteral("*.md")}, QDir::Files);
    for (const QString &name : docs)
        files.append(QStringLiteral("docs/") + name);
    return files;
}

// GitHub's anchors: the heading's text in lower case, without punctuation, spaces as hyphens.
QSet<QString> anchorsOf(const QString &text)
{
    QSet<QString> anchors;
    bool inCode = false;
    static const QRegularExpression heading(QStringLiteral("^#+\\s+(.*)$"));
    static const QRegularExpression punctuation(
        QStringLiteral("[^\\w\\- ]"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        const QRegularExpressionMatch match = heading.match(line);
        if (inCode || !match.hasMatch())
            continue;
        QString anchor = match.captured(1).trimmed().toLower();
        anchor.remove(punctuation);
        anchors.insert(anchor.replace(QLatin1Char(' '), QLatin1Char('-')));
    }
    return anchors;
}

} // namespace

class TestDocs : public QObject
{
    Q_OBJECT

private slots:
    void readmeIsShort()
    {
        const QFileInfo readme(sourceDir + QStringLiteral("/README.md"));
        QVERIFY(readme.exists());
        QVERIFY2(readme.size() <= 12000,
            qPrintable(
                QStringLiteral("README.md is %1 bytes, over 12,000: move the details to docs/ and link them.")
                    .arg(readme.size())));
    }

    void readmeLinksEveryDoc()
    {
        const QString readme = readText(sourceDir + QStringLiteral("/README.md"));
        const QStringList docs
            = QDir(sourceDir + QStringLiteral("/docs")).entryList({QStringLiteral("*.md")}, QDir::Files);
        QVERIFY(!docs.isEmpty());
        for (const QString &name : docs) {
            const QString link = QStringLiteral("](docs/%1)").arg(name);
            QVERIFY2(readme.contains(link),
                qPrintable(QStringLiteral("README.md does not link docs/%1").arg(name)));
        }
        for (const QString &name : {QStringLiteral("CHANGELOG.md"), QStringLiteral("SECURITY.md")})
            QVERIFY2(readme.contains(QStringLiteral("](%1)").arg(name)),
                qPrintable(QStringLiteral("README.md does not link %1").arg(name)));
    }

    void linksResolve()
    {
        static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
        QStringList broken;
        int checked = 0;
        for (const QString &file : markdownFiles()) {
            const QString text = readText(sourceDir + QLatin1Char('/') + file);
            QVERIFY2(!text.isEmpty(), qPrintable(file + QStringLiteral(" is missing or empty")));
            const QString dir = QFileInfo(file).path();
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QString target = it.next().captured(1);
                if (target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("mailto:")))
                    continue;
                const QString path = target.section(QLatin1Char('#'), 0, 0);
                const QString anchor = target.section(QLatin1Char('#'), 1);
                const QString resolved
                    = path.isEmpty() ? file : QDir::cleanPath(dir + QLatin1Char('/') + path);
                ++checked;
                if (!QFileInfo::exists(sourceDir + QLatin1Char('/') + resolved)) {
                    broken << QStringLiteral("%1: %2 (no such file)").arg(file, target);
                } else if (!anchor.isEmpty()
                    && !anchorsOf(readText(sourceDir + QLatin1Char('/') + resolved)).contains(anchor)) {
                    broken << QStringLiteral("%1: %2 (no such heading)").arg(file, target);
                }
            }
        }
        QVERIFY(checked > 20);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void everyChangelogVersionIsAnAppStreamRelease()
    {
        const QString changelog = readText(sourceDir + QStringLiteral("/CHANGELOG.md"));
        const QString metainfo
            = readText(sourceDir + QStringLiteral("/packaging/linux/" CONSOLE_APP_ID ".metainfo.xml"));
        static const QRegularExpression version(
            QStringLiteral("^## \\[(\\d+\\.\\d+\\.\\d+)\\] - (\\d{4}-\\d\\d-\\d\\d)$"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression release(
            QStringLiteral("<release version=\"([^\"]+)\" date=\"([^\"]+)\""));
        QStringList changelogReleases;
        for (auto it = version.globalMatch(changelog); it.hasNext();) {
            const auto match = it.next();
            changelogReleases << match.captured(1) + QLatin1Char(' ') + match.captured(2);
        }
        QStringList appstreamReleases;
        for (auto it = release.globalMatch(metainfo); it.hasNext();) {
            const auto match = it.next();
            appstreamReleases << match.captured(1) + QLatin1Char(' ') + match.captured(2);
        }
        QVERIFY(!changelogReleases.isEmpty());
        changelogReleases.sort();
        appstreamReleases.sort();
        // The same versions with the same dates: a release in one and not the other is named here.
        QCOMPARE(appstreamReleases, changelogReleases);
        const QString current = QStringLiteral(CONSOLE_VERSION " ");
        QVERIFY2(std::any_of(changelogReleases.cbegin(), changelogReleases.cend(),
                     [&](const QString &entry) { return entry.startsWith(current); }),
            "CHANGELOG.md has no section for the project's version (CMakeLists.txt)");
        QVERIFY2(changelog.contains(QStringLiteral("## [Unreleased]")),
            "CHANGELOG.md has no [Unreleased] section");
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
