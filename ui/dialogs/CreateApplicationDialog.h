#pragma once

#include "RequestDialog.h"
#include "accounts/AccountList.h"

#include <QList>

class ConsoleContext;
class QComboBox;
class QLineEdit;
class SecretLineEdit;
class ServiceError;
struct CreatedApplication;

// Creates a Cronofy application with one of the accounts of the window's data center (the one used last
// first; shown even when there is only one, so the person knows whose key is used): a name and a web address,
// checked as they are typed (the same rules as cronofyctl), then POST /v1/applications in the background. On
// success emits created() and closes; the caller shows the once-shown secret dialog. When the admin API key
// is refused (or missing), the key can be entered right here and the request sent again, without losing the
// form (Settings is behind this dialog).
class CreateApplicationDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit CreateApplicationDialog(ConsoleContext *context, QWidget *parent = nullptr);

signals:
    void created(const CreatedApplication &application);

protected:
    void submit() override;

private:
    bool validate(bool focusFirstProblem);
    // Puts https:// in front of an address typed without a scheme (www.example.com).
    void completeUrl();

    // The account chosen in the combo.
    Account account() const;
    // The admin key was refused or is missing: ask for it here.
    bool offerKeyEntry(const ServiceError &error);
    void saveKeyAndRetry();

    ConsoleContext *m_context;
    QList<Account> m_accounts; // the combo's, in its order
    QComboBox *m_account;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QWidget *m_keyRow;
    SecretLineEdit *m_newKey;
    bool m_triedOnce = false;
};
