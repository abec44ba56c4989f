#pragma once

#include "registry/RegistryTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class CalendarDetailsPane;
class CalendarsModel;
class ConsoleContext;
class MessageBanner;
class ProvisionCalendarDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QResizeEvent;
class QSplitter;
class QTableView;
class ServiceError;
class ServiceJob;

// The Calendars page: every application calendar the console provisioned, found by typing a few letters,
// with its details and the actions on it (provision, verify, fresh tokens, revoke, export).
// It calls only the ProvisioningService and the models; requests never block the window, and actions on
// different calendars may run at the same time (only the calendar that is busy has its actions disabled).
class CalendarsPage : public QWidget
{
    Q_OBJECT

public:
    CalendarsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~CalendarsPage() override;

    // The calendar selected in the list, if any.
    std::optional<CalendarRecord> selectedCalendar() const;
    // Selects a calendar (clearing search and filters that would hide it; when its row is not among the rows
    // read so far, searching for its id), as soon as its row is read; false when it is not in the list.
    bool selectCalendar(const QString &clientId, const QString &applicationCalendarId);

    // Shows only the calendars of this application (the Applications page's "Show Calendars").
    void showApplication(const QString &clientId);

public slots:
    void provisionCalendar();
    // Provision many calendars of the application chosen in the Application filter (or the selected
    // calendar's application) from a file.
    void bulkProvision();
    void verifySelected();
    void getFreshTokensForSelected();
    void revokeSelected();
    void exportCsv();
    void exportJson();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class ExportFormat { Csv, Json };
    struct Running
    {
        QPointer<ServiceJob> job;
        QString activity;
    };
    static QString keyOf(const QString &clientId, const QString &applicationCalendarId);

    void buildUi();
    void reloadApplicationFilter();
    void updateCount();
    void selectPending();
    void updateSelection();
    void updateActions();
    void exportShown(ExportFormat format);
    void writeExport(ExportFormat format, const QString &path);
    void startRunning(const CalendarRecord &calendar, ServiceJob *job, const QString &activity);
    void stopRunning(const QString &clientId, const QString &applicationCalendarId);
    bool isRunning(const CalendarRecord &calendar) const;
    MessageBanner *banner() const;
    void showError(const QString &sentence, const ServiceError &error);

    ConsoleContext *m_context;
    CalendarsModel *m_filter; // the page's view of the kept list (search, filters, sort)
    // A calendar to select once its row is read (selectCalendar), and whether its id was searched for.
    QPair<QString, QString> m_pendingSelection;
    bool m_pendingSearched = false;
    bool m_exporting = false;
    QHash<QString, Running> m_running;
    QPointer<ProvisionCalendarDialog> m_provisionDialog;

    MessageBanner *m_ownBanner;
    QLineEdit *m_searchEdit;
    QComboBox *m_applicationFilter;
    QComboBox *m_statusFilter;
    QTableView *m_view;
    QLabel *m_countLabel;
    CalendarDetailsPane *m_details;
    QSplitter *m_splitter; // list and details side by side, or the details below on a narrow page
    QPushButton *m_provisionButton;
    QPushButton *m_bulkButton;
    QPushButton *m_verifyButton;
    QPushButton *m_freshTokensButton;
    QPushButton *m_revokeButton;
    QPushButton *m_exportCsvButton;
    QPushButton *m_exportJsonButton;
};
