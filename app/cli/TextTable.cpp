#include "TextTable.h"

#include <algorithm>

QList<qsizetype> TextTable::widths(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    return widths;
}

QString TextTable::format(
    const QStringList &header, const QList<QStringList> &rows, const QList<qsizetype> &widths)
{
    auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells.at(i).leftJustified(widths.value(i)) + QStringLiteral("  ");
            else
                text += cells.at(i);
        }
        return text + QLatin1Char('\n');
    };
    QString text;
    if (!header.isEmpty())
        text += line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString TextTable::format(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = format(header, rows, widths(header, rows));
    text.chop(1);
    return text;
}

QString HelpText::wrap(const QString &text, qsizetype width, qsizetype indent)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    qsizetype lineLength = indent;
    for (const QString &word : words) {
        if (lineLength > indent && lineLength + 1 + word.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            lineLength = indent;
        } else if (lineLength > indent) {
            out += QLatin1Char(' ');
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}
