#pragma once

#include <QDialog>
#include <QPointer>

class MessageBanner;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QVBoxLayout;
class QPushButton;
class ServiceJob;

// The common frame of the dialogs that send one request: a banner for errors that are not about one field, a
// form, a busy row (indeterminate bar + what is happening), and OK/Cancel. While a request runs the form is
// disabled and Cancel (or Esc) aborts the request instead of closing; the window stays usable meanwhile.
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RequestDialog(QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    bool isBusy() const { return m_busy; }

public slots:
    void reject() override;

protected:
    // Subclasses check the form and start their request here.
    virtual void submit() = 0;

    QPushButton *submitButton() const { return m_submit; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Adds "label / field / its error label" rows; the error label is named "<name>Error".
    void addField(const QString &label, QWidget *field, const QString &name, const QString &hint = {});
    // Shows the busy row with `what`, disables the form; `job` (may be null) is cancelled by Cancel/Esc.
    void setBusy(bool busy, const QString &what = {}, ServiceJob *job = nullptr);
    // Adds a plain explanatory paragraph above the form.
    QLabel *addIntro(const QString &text);
    // Adds a widget below the form (outside it: it stays usable while the form is disabled).
    void addBelowForm(QWidget *widget);

private:
    MessageBanner *m_banner;
    QVBoxLayout *m_contentLayout;
    QWidget *m_formWidget;
    QGridLayout *m_form; // label | field, with the field's hint and error below it
    QWidget *m_busyRow;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QPointer<ServiceJob> m_job;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
};
