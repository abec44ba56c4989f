#include "api/DataCenter.h"

#include <QHostAddress>

namespace {
const char *const kIds[] = {"us", "au", "ca", "de", "sg", "uk"};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<DataCenter> DataCenter::all()
{
    QList<DataCenter> result;
    for (const char *id : kIds)
        result.append(*fromId(QLatin1String(id)));
    return result;
}

std::optional<DataCenter> DataCenter::fromId(const QString &rawId)
{
    const QString id = rawId.trimmed().toLower();
    for (const char *known : kIds) {
        if (id == QLatin1String(known) || (id.isEmpty() && qstrcmp(known, "us") == 0)) {
            DataCenter dc;
            dc.m_id = QLatin1String(known);
            // us has no suffix; do not copy the PHP SDK's api-us bug.
            const QString host = dc.m_id == QLatin1String("us")
                ? QStringLiteral("api.cronofy.com")
                : QStringLiteral("api-%1.cronofy.com").arg(dc.m_id);
            dc.m_apiBase.setScheme(QStringLiteral("https"));
            dc.m_apiBase.setHost(host);
            return dc;
        }
    }
    return std::nullopt;
}

namespace {
// Typed text repeated inside a sentence: no control characters (a line break or an escape sequence must not
// reach a message box or a terminal), and not more than a line of it.
QString shown(const QString &text)
{
    QString out = text.left(200);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    if (text.size() > 200)
        out += QChar(0x2026);
    return out;
}
constexpr int kMaxBaseUrlLength = 2000;
} // namespace

std::optional<DataCenter> DataCenter::fromBaseUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &sentence) -> std::optional<DataCenter> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Enter a data center (us, au, ca, de, sg or uk) or a base URL such as "
                       "https://api.example.com."));
    if (trimmed.size() > kMaxBaseUrlLength)
        return fail(tr("The base URL is too long (%1 characters). Enter just the scheme, host, port and "
                       "optional path, for example https://api.example.com.")
                        .arg(trimmed.size()));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a web address. Enter a base URL that starts with https://, "
                       "for example https://api.example.com.")
                        .arg(shown(trimmed)));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("The base URL must start with https://. Correct it and try again."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return fail(tr("Plain http:// is only allowed for this computer (127.0.0.1 or localhost), because "
                       "keys and secrets would cross the network unencrypted. Use https:// instead."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(tr("The base URL must not contain a user name, a password, a query or a fragment. "
                       "Enter just the scheme, host, port and optional path."));
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    DataCenter dc;
    dc.m_apiBase = url;
    return dc;
}

std::optional<DataCenter> DataCenter::parse(const QString &idOrUrl, QString *error)
{
    const QString trimmed = idOrUrl.trimmed();
    if (trimmed.contains(QLatin1String("://")))
        return fromBaseUrl(trimmed, error);
    if (auto dc = fromId(trimmed); dc && !trimmed.isEmpty())
        return dc;
    if (error)
        *error = tr("\"%1\" is not a data center. Use one of us, au, ca, de, sg or uk, or a base URL "
                    "such as https://api.example.com.")
                     .arg(shown(trimmed));
    return std::nullopt;
}

DataCenter DataCenter::sandbox(const QUrl &loopbackBaseUrl)
{
    Q_ASSERT(isLoopbackHost(loopbackBaseUrl.host()));
    DataCenter dc;
    dc.m_id = QStringLiteral("sandbox");
    dc.m_apiBase = loopbackBaseUrl;
    return dc;
}

bool DataCenter::isLoopback() const
{
    return isLoopbackHost(m_apiBase.host());
}

QString DataCenter::storageKey() const
{
    return isCustom() ? m_apiBase.toString(QUrl::FullyEncoded) : m_id;
}

QString DataCenter::displayName() const
{
    if (m_id == QLatin1String("us"))
        return tr("United States");
    if (m_id == QLatin1String("au"))
        return tr("Australia");
    if (m_id == QLatin1String("ca"))
        return tr("Canada");
    if (m_id == QLatin1String("de"))
        return tr("Germany");
    if (m_id == QLatin1String("sg"))
        return tr("Singapore");
    if (m_id == QLatin1String("uk"))
        return tr("United Kingdom");
    if (isSandbox())
        return tr("Offline sandbox");
    return m_apiBase.toString();
}

QUrl DataCenter::endpoint(const QString &path) const
{
    QUrl url = m_apiBase;
    QString base = m_apiBase.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}
