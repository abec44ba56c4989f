#pragma once

#include "bulk/BulkTypes.h"
#include "bulk/CalendarIdList.h"

#include <QDialog>
#include <QPointer>

class BulkProvisioner;
class ConsoleContext;
class DialogFit;
class QCheckBox;
class QKeyEvent;
class QFileDialog;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Provision many application calendars of one application from a file: choose a CSV or text file, see what
// will happen (how many ids, which lines are duplicates or invalid, which are already provisioned, which were
// revoked and stay so unless the person ticks to provision them again), start,
// follow the progress (done / failed / remaining, rate, time left), cancel at any time, and export the
// failures as CSV. Every result is saved as it arrives (BulkProvisioner), so closing or cancelling loses
// nothing and the same file can be started again to continue. Open with open(), never exec().
class BulkProvisionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkProvisionDialog(ConsoleContext *context, const QString &clientId, QWidget *parent = nullptr);
    ~BulkProvisionDialog() override;

    bool isRunning() const;
    const CalendarIdList &idList() const { return m_list; }

public slots:
    // Reads and previews a file (what the file chooser and Enter in the path field do).
    void loadFile(const QString &path);
    void start();
    // First time: no new requests; those already sent are answered and saved, then the run ends (the
    // button becomes "Stop now"). Second time: stops at once, without waiting for those answers.
    void cancel();
    // Writes the failures of the last run as CSV (application_calendar_id, error).
    bool exportFailuresTo(const QString &path);
    // Esc or Close while a run goes on: stops it as cancel() does and closes once it has ended; a second
    // time, stops at once and closes.
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void runFinished(const BulkSummary &summary);

private:
    void chooseFile();
    void chooseExportFile();
    void showPreview();
    void showProgress(const BulkProgress &progress);
    void showSummary(const BulkSummary &summary);
    // The run's summary, and what the file held that was not sent.
    QString summaryText() const;
    // Which ids of the file the list holds as Active, and as Revoked.
    void readStatuses();
    void setRunning(bool running);
    void showStopping(const BulkProgress &progress);
    // "Cancel run", or "Stop now" once the run waits for the answers in flight.
    void labelCancelButton(bool stopping);

    ConsoleContext *m_context;
    QString m_clientId;
    CalendarIdList m_list;
    QStringList m_alreadyActive; // ids of the file already Active in the list
    QStringList m_revoked; // ids of the file the person revoked: skipped unless m_includeRevokedCheck
    BulkProvisioner *m_provisioner;
    BulkSummary m_summary;
    bool m_hasSummary = false;
    bool m_closeWhenStopped = false; // reject() during a run: close once the answers in flight are saved
    // Enter in the file field loads a new file; it must not also press Start before the preview is read.
    bool m_swallowEnter = false;
    QString m_loadedPath;

    QLabel *m_intro;
    QLineEdit *m_fileEdit;
    QPushButton *m_chooseButton;
    QGroupBox *m_previewBox;
    QLabel *m_previewLabel;
    QTreeWidget *m_problemsView;
    QCheckBox *m_refreshCheck;
    QCheckBox *m_includeRevokedCheck;
    QProgressBar *m_progressBar;
    QLabel *m_progressLabel;
    QLabel *m_summaryLabel;
    QTreeWidget *m_failuresView;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
    QPointer<QFileDialog> m_fileDialog;
    DialogFit *m_fit;
};
