#include "registry/TableExport.h"

#include "registry/Csv.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace TableExport {

Writer::Writer(QIODevice *out, Format format, const QStringList &keys,
    std::function<QJsonValue(const QString &key, const QString &field)> jsonValue, bool guardFormulas)
    : m_out(out)
    , m_format(format)
    , m_keys(keys)
    , m_jsonValue(std::move(jsonValue))
    , m_guardFormulas(guardFormulas)
{ }

bool Writer::put(const QByteArray &bytes)
{
    if (!m_failed && m_out->write(bytes) != bytes.size())
        m_failed = true;
    return !m_failed;
}

bool Writer::begin()
{
    return put(m_format == Format::Json ? QByteArray("[") : Csv::formatRow(m_keys));
}

bool Writer::add(const QList<QStringList> &records)
{
    QByteArray chunk;
    for (QStringList fields : records) {
        if (m_format == Format::Json) {
            QJsonObject o;
            for (qsizetype i = 0; i < m_keys.size(); ++i)
                o.insert(m_keys.at(i), m_jsonValue(m_keys.at(i), fields.at(i)));
            chunk += m_first ? "\n    " : ",\n    ";
            chunk += QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            if (m_guardFormulas) {
                for (QString &f : fields)
                    f = Csv::guardFormula(f);
            }
            chunk += Csv::formatRow(fields);
        }
        m_first = false;
    }
    return put(chunk);
}

bool Writer::finish()
{
    return m_format != Format::Json || put(m_first ? QByteArray("]\n") : QByteArray("\n]\n"));
}

Result write(QIODevice *out, Writer &writer, const Progress &progress,
    const std::function<Result(const std::function<bool(const QList<QStringList> &)> &sink)> &read)
{
    qint64 written = 0;
    writer.begin();
    Result result = read([&](const QList<QStringList> &records) {
        if (!writer.add(records))
            return false;
        written += records.size();
        return !progress || progress(written);
    });
    if (writer.failed()) {
        result.cancelled = false;
        result.error
            = QCoreApplication::translate("TableExport", "Writing failed (%1).").arg(out->errorString());
    } else if (result.ok()) {
        writer.finish();
    }
    return result;
}

Result toFile(const QString &filePath, const std::function<Result(QIODevice *out)> &write)
{
    QSaveFile file(filePath);
    Result result;
    if (file.open(QIODevice::WriteOnly)) {
        result = write(&file);
        if (result.ok() && !file.commit())
            result.error = file.errorString();
    } else {
        result.error = file.errorString();
    }
    if (!result.ok()) {
        file.cancelWriting();
        result.written = result.cancelled ? result.written : 0;
    }
    return result;
}

} // namespace TableExport
