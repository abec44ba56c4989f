#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// Searches bytes and whole folder trees for secrets, in every form a secret might take once written
// somewhere. Secrets are passed as label -> value; findings name the label and the form, never the value, so
// a failing test does not print the secret it caught.
namespace PlaintextScan {

struct Form
{
    QString name; // "utf-8", "percent-encoded", "base64", ...
    QByteArray bytes;
};

// UTF-8, percent-encoded, JSON-escaped, UTF-16LE, and base64/base64url at each of the three alignments (the
// part of the encoding that does not depend on the surrounding bytes).
QList<Form> encodedForms(const QString &secret);

struct Finding
{
    QString where; // a file path, or the name given to scanBytes()
    QString secret; // the label
    QString form;
};

QList<Finding> scanBytes(
    const QString &where, const QByteArray &bytes, const QMap<QString, QString> &secrets);
// Every regular file under root, recursively, hidden files included; symbolic links are not followed.
QList<Finding> scanTree(
    const QString &root, const QMap<QString, QString> &secrets, int *filesScanned = nullptr);
// One line per finding, for QVERIFY2.
QString describe(const QList<Finding> &findings);

} // namespace PlaintextScan
