#include "TextTable.h"

#include <algorithm>

QString TextTable::format(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells.at(i).leftJustified(widths.value(i)) + QStringLiteral("  ");
            else
                text += cells.at(i);
        }
        return text;
    };
    QStringList lines {line(header)};
    for (const QStringList &row : rows)
        lines.append(line(row));
    return lines.join(QLatin1Char('\n'));
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
