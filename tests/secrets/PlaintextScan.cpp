#include "PlaintextScan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace PlaintextScan {

namespace {

// The base64 characters that come only from `secret`, when it starts `offset` bytes into a longer text.
QByteArray base64Core(const QByteArray &secret, int offset, QByteArray::Base64Options options)
{
    const QByteArray padded = QByteArray(offset, '\0') + secret;
    const QByteArray encoded = padded.toBase64(options);
    // Drop the first group when it mixes in the prefix, and the last group, which depends on what follows.
    const qsizetype start = offset == 0 ? 0 : 4;
    const qsizetype end = encoded.size() - 4;
    if (end - start < 8)
        return {};
    return encoded.mid(start, end - start);
}

QByteArray jsonEscaped(const QString &secret)
{
    QByteArray out;
    for (const char c : secret.toUtf8()) {
        if (c == '"' || c == '\\' || c == '/')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace

QList<Form> encodedForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<Form> forms {{QStringLiteral("utf-8"), utf8}};
    auto add = [&forms](const QString &name, const QByteArray &bytes) {
        if (bytes.isEmpty())
            return;
        for (const Form &form : std::as_const(forms)) {
            if (form.bytes == bytes)
                return;
        }
        forms.append({name, bytes});
    };
    add(QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(secret));
    add(QStringLiteral("form-encoded"), QUrl::toPercentEncoding(secret).replace("%20", "+"));
    add(QStringLiteral("json-escaped"), jsonEscaped(secret));
    add(QStringLiteral("utf-16le"),
        QByteArray(
            reinterpret_cast<const char *>(secret.utf16()), secret.size() * qsizetype(sizeof(char16_t))));
    for (int offset = 0; offset < 3; ++offset) {
        add(QStringLiteral("base64+%1").arg(offset), base64Core(utf8, offset, QByteArray::Base64Encoding));
        add(QStringLiteral("base64url+%1").arg(offset),
            base64Core(utf8, offset, QByteArray::Base64UrlEncoding));
    }
    return forms;
}

QList<Finding> scanBytes(const QString &where, const QByteArray &bytes, const QMap<QString, QString> &secrets)
{
    // Besides the encoded forms, look for the plain secret in decoded views of the bytes, so that any
    // percent-encoding variant (which characters a URL or form encoder leaves alone differs) or JSON escaping
    // is found too.
    QByteArray jsonUnescaped = bytes;
    jsonUnescaped.replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
    const QList<std::pair<QString, QByteArray>> views {
        {QStringLiteral("percent-decoded"), QByteArray::fromPercentEncoding(bytes)},
        {QStringLiteral("form-decoded"),
            QByteArray::fromPercentEncoding(QByteArray(bytes).replace('+', ' '))},
        {QStringLiteral("json-unescaped"), jsonUnescaped},
    };
    QList<Finding> findings;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        bool found = false;
        for (const Form &form : encodedForms(it.value())) {
            if (bytes.contains(form.bytes)) {
                findings.append({where, it.key(), form.name});
                found = true;
            }
        }
        if (found)
            continue;
        const QByteArray plain = it.value().toUtf8();
        for (const auto &[name, view] : views) {
            if (view.contains(plain)) {
                findings.append({where, it.key(), name});
                break;
            }
        }
    }
    return findings;
}

QList<Finding> scanTree(const QString &root, const QMap<QString, QString> &secrets, int *filesScanned)
{
    QList<Finding> findings;
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // A file that cannot be read cannot be cleared: report it rather than skip it.
            findings.append({path, QStringLiteral("(unreadable)"), file.errorString()});
            continue;
        }
        ++count;
        findings += scanBytes(path, file.readAll(), secrets);
    }
    if (filesScanned)
        *filesScanned = count;
    return findings;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines.append(QStringLiteral("%1 found (%2) in %3").arg(finding.secret, finding.form, finding.where));
    return lines.join(QLatin1Char('\n'));
}

} // namespace PlaintextScan
