#include "ProgressPrinter.h"

#include "CliContext.h"
#include "bulk/BulkText.h"

namespace {
constexpr qint64 kTerminalIntervalMs = 200;
constexpr qint64 kPlainIntervalMs = 10000;
} // namespace

ProgressPrinter::ProgressPrinter()
    : m_terminal(CliContext::stderrIsTerminal())
{ }

void ProgressPrinter::update(const BulkProgress &progress)
{
    const qint64 interval = m_terminal ? kTerminalIntervalMs : kPlainIntervalMs;
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < interval)
        return;
    m_sinceLast.start();
    if (m_terminal) {
        // Carriage return + "erase line": the line is redrawn in place.
        CliContext::errRaw(QStringLiteral("\r\x1b[2K") + BulkText::progressLine(progress));
        m_liveShown = true;
    } else {
        CliContext::err(BulkText::progressLine(progress));
    }
}

void ProgressPrinter::printLine(const QString &line)
{
    clearLive();
    CliContext::err(line);
}

void ProgressPrinter::finish()
{
    clearLive();
}

void ProgressPrinter::clearLive()
{
    if (m_liveShown) {
        CliContext::errRaw(QStringLiteral("\r\x1b[2K"));
        m_liveShown = false;
        m_sinceLast.invalidate(); // redraw at the next update
    }
}
