#pragma once

#include <QString>

#include <functional>

class QWidget;

// Runs an export on a thread of its own (it reads through its own connection, a page at a time) with a
// progress dialog that can cancel it, so a million rows neither freeze the window nor fill its memory.
// `work` runs in that thread and is given a progress function (rows written so far; returns false once the
// person cancelled); `finished` is called in the GUI thread with what work returned.
namespace StreamedExport {
struct Outcome
{
    QString error; // a sentence; empty on success or cancel
    bool cancelled = false;
    qint64 written = 0;
};
using Work = std::function<Outcome(const std::function<bool(qint64 written)> &progress)>;
void run(QWidget *parent, const QString &label, qint64 expected, const Work &work,
    const std::function<void(const Outcome &)> &finished);
} // namespace StreamedExport
