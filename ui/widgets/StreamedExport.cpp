#include "widgets/StreamedExport.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <climits>
#include <memory>

namespace StreamedExport {

void run(QWidget *parent, const QString &label, qint64 expected, const Work &work,
    const std::function<void(const Outcome &)> &finished)
{
    auto *progress = new QProgressDialog(label, QCoreApplication::translate("StreamedExport", "Cancel"), 0,
        int(std::min<qint64>(expected, INT_MAX)), parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(QCoreApplication::translate("StreamedExport", "Export"));
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto written = std::make_shared<std::atomic<qint64>>(0);
    QObject::connect(progress, &QProgressDialog::canceled, progress, [cancel] { *cancel = true; });
    auto *ticker = new QTimer(progress);
    ticker->setInterval(100);
    QObject::connect(ticker, &QTimer::timeout, progress, [progress, written, expected] {
        progress->setValue(int(std::min<qint64>(std::min(written->load(), expected), INT_MAX)));
    });
    ticker->start();

    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([work, outcome, cancel, written] {
        *outcome = work([cancel, written](qint64 n) {
            written->store(n);
            return !cancel->load();
        });
    });
    QObject::connect(thread, &QThread::finished, progress, [thread, progress, outcome, finished] {
        thread->deleteLater();
        progress->deleteLater();
        finished(*outcome);
    });
    thread->start();
}

} // namespace StreamedExport
