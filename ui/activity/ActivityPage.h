#pragma once

#include <QWidget>

class ActivityModel;
class ConsoleContext;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

// The Activity page: every operation in the log, newest first (who revoked room-22, and when; what failed
// last night). Found by typing a few letters, filtered by outcome and application, exported as CSV or JSON. A
// bulk run is one row; opening it (Enter, double-click, Show failures) lists the calendars that failed in it,
// and Back returns to every operation. The rows come from the paged list's worker: the window never waits on
// SQL.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~ActivityPage() override;

    ActivityModel *model() const { return m_model; }

public slots:
    // Lists the failures of the selected bulk run.
    void openSelectedRun();
    // Back from a run's failures to every operation.
    void showAll();
    void exportCsv();
    void exportJson();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class ExportFormat { Csv, Json };

    void buildUi();
    void reloadApplicationFilter();
    void applyOutcomeFilter();
    void updateCount();
    void updateActions();
    void exportShown(ExportFormat format);
    void writeExport(ExportFormat format, const QString &path);
    MessageBanner *banner() const;

    ConsoleContext *m_context;
    ActivityModel *m_model;
    bool m_exporting = false;

    MessageBanner *m_ownBanner;
    QLineEdit *m_searchEdit;
    QComboBox *m_applicationFilter;
    QComboBox *m_outcomeFilter;
    QLabel *m_runLabel;
    QPushButton *m_openRunButton;
    QPushButton *m_backButton;
    QPushButton *m_exportCsvButton;
    QPushButton *m_exportJsonButton;
    QTableView *m_view;
    QLabel *m_countLabel;
};
