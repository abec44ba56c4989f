// Renders the app icon SVG into the committed PNG sizes, a Windows .ico and a macOS .icns.
// Built and run by resources/tools/render-icons.sh; only needed when the SVG changes.
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {
QByteArray png(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return bytes;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

template<typename T>
void append(QByteArray &out, T value, bool bigEndian)
{
    T v = bigEndian ? qToBigEndian(value) : qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

// ICO with PNG-compressed entries (Windows Vista and later).
QByteArray ico(QSvgRenderer &svg, const QList<int> &sizes)
{
    QByteArray header;
    QByteArray images;
    append<quint16>(header, 0, false);
    append<quint16>(header, 1, false);
    append<quint16>(header, quint16(sizes.size()), false);
    quint32 offset = 6 + 16 * sizes.size();
    for (int size : sizes) {
        const QByteArray data = png(svg, size);
        header.append(char(size >= 256 ? 0 : size)).append(char(size >= 256 ? 0 : size));
        header.append(char(0)).append(char(0));
        append<quint16>(header, 1, false); // planes
        append<quint16>(header, 32, false); // bits per pixel
        append<quint32>(header, quint32(data.size()), false);
        append<quint32>(header, offset, false);
        offset += data.size();
        images += data;
    }
    return header + images;
}

// ICNS with PNG entries (macOS 10.7 and later): type code -> pixel size.
QByteArray icns(QSvgRenderer &svg)
{
    const QList<QPair<const char *, int>> entries = {{"ic11", 32}, {"ic12", 64}, {"ic07", 128}, {"ic13", 256},
        {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray data = png(svg, size);
        body.append(type, 4);
        append<quint32>(body, quint32(data.size() + 8), true);
        body += data;
    }
    QByteArray out("icns", 4);
    append<quint32>(out, quint32(body.size() + 8), true);
    return out + body;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: render-icons <icon.svg> <png dir> <basename>\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "not a valid SVG: %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString dir = args.at(2);
    const QString base = args.at(3);
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        if (!write(QStringLiteral("%1/%2x%2/%3.png").arg(dir).arg(size).arg(base), png(svg, size)))
            return 1;
    }
    if (!write(QStringLiteral("%1/%2.ico").arg(dir, base), ico(svg, {16, 24, 32, 48, 64, 256}))
        || !write(QStringLiteral("%1/%2.icns").arg(dir, base), icns(svg)))
        return 1;
    return 0;
}
