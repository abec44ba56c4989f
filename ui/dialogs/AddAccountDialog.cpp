#include "AddAccountDialog.h"

#include "ConsoleContext.h"
#include "service/ProvisioningService.h"
#include "widgets/DataCenterPicker.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

AddAccountDialog::AddAccountDialog(ConsoleContext *context, QWidget *parent)
    : RequestDialog(parent)
    , m_context(context)
    , m_fields(new QWidget(this))
    , m_name(new QLineEdit(m_fields))
    , m_picker(nullptr)
    , m_key(nullptr)
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add Account"));
    addIntro(tr("An account is the admin API key of one Cronofy organizational unit. Give it a name you "
                "will recognize; the key is kept in this computer's keychain, never in a file."));

    // A form of its own: the data center picker adds rows (combo box, base URL, its problem) to a form.
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setAccessibleName(tr("Account name"));
    m_name->setPlaceholderText(tr("For example: Acme — customer"));
    auto *nameLabel = new QLabel(tr("&Name:"), m_fields);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(
        QString(), ErrorPresenter::createFieldErrorLabel(QStringLiteral("account"), m_name, m_fields));
    m_picker = new DataCenterPicker(false, m_fields);
    m_picker->addRowsTo(form, new QLabel(tr("&Data center:"), m_fields));
    if (context->dataCenter().isValid())
        m_picker->setDataCenter(context->dataCenter());
    m_key = new SecretLineEdit(m_fields);
    m_key->setObjectName(QStringLiteral("accountKeyEdit"));
    m_key->setAccessibleName(tr("Admin API key"));
    auto *keyLabel = new QLabel(tr("Admin API &key:"), m_fields);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    form->addRow(
        QString(), ErrorPresenter::createFieldErrorLabel(QStringLiteral("adminApiKey"), m_key, m_fields));
    addBelowForm(m_fields);

    submitButton()->setText(tr("&Add"));
    submitButton()->setObjectName(QStringLiteral("addAccountButton"));
    submitButton()->setAccessibleName(tr("Add the account"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_name->setFocus();
}

AddAccountDialog::~AddAccountDialog()
{
    m_key->wipe();
}

void AddAccountDialog::submit()
{
    banner()->clear();
    ErrorPresenter::clearFieldErrors(this);
    const QString name = m_name->text().trimmed();
    if (const ServiceError invalid = ProvisioningService::validateAccountName(name); !invalid.ok()) {
        ErrorPresenter::present(invalid, this, banner());
        return;
    }
    QString urlError;
    const auto dataCenter = m_picker->dataCenter(&urlError);
    if (!dataCenter) {
        m_picker->showUrlError(urlError);
        return;
    }
    const QString key = m_key->text().trimmed();
    if (const ServiceError invalid
        = ProvisioningService::validateCredentialText(key, QStringLiteral("admin_api_key"));
        !invalid.ok()) {
        ErrorPresenter::present(invalid, this, banner());
        return;
    }
    setBusy(true, tr("Storing the key in the keychain…"));
    m_fields->setEnabled(false);
    m_context->service()->addAccount(name, *dataCenter, key, this, [this, name](const ServiceError &error) {
        setBusy(false);
        m_fields->setEnabled(true);
        if (!error.ok()) {
            ErrorPresenter::present(error, this, banner());
            return;
        }
        m_key->wipe();
        emit added(name);
        accept();
    });
}
