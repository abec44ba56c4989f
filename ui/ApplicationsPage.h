#pragma once

#include <QWidget>

class ColumnFitter;
class ConsoleContext;
class ApplicationsFilter;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
struct ApplicationRecord;
struct CreatedApplication;

// The applications of the kept list: a sortable, searchable table, the selected application's details, and
// what can be done with it (create, import, submit for verification, replace its secret, copy its client ID).
class ApplicationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationsPage(ConsoleContext *context, QWidget *parent = nullptr);

    QAction *createAction() const { return m_createAction; }
    // The client_id of the selected row; empty when nothing is selected.
    QString selectedClientId() const;
    void selectClientId(const QString &clientId);

public slots:
    void createApplication();
    void importApplication();
    void submitForVerification();
    void replaceSecret();
    void copyClientId();
    // Provision many calendars of the selected application from a file.
    void bulkProvision();
    // Shows the once-shown secret dialog for a freshly created application.
    void showCreated(const CreatedApplication &created);

signals:
    // The window switches to the Calendars page for these.
    void showCalendarsRequested(const QString &clientId);
    void provisionCalendarRequested(const QString &clientId);

private:
    void updateDetails();
    void updateEmptyState();
    // The account filter's choices: every account, and every account an application names.
    void refillAccountFilter();
    // Preferred column widths from the rows' content, then fits them into the view.
    void measureColumns();
    void addDetailRow(const QString &label, const QString &name);

    ConsoleContext *m_context;
    QString m_selectedBeforeReset;
    ApplicationsFilter *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_accountFilter;
    QStackedWidget *m_listStack;
    QTableView *m_view;
    ColumnFitter *m_fitter = nullptr;
    QLabel *m_empty;
    QWidget *m_details;
    QAction *m_createAction;
    QPushButton *m_create;
    QPushButton *m_import;
    QPushButton *m_verify;
    QPushButton *m_replace;
    QPushButton *m_copyId;
    QPushButton *m_showCalendars;
    QPushButton *m_provision;
    QPushButton *m_bulk;
};
