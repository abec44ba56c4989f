#include "CreateApplicationDialog.h"

#include "ConsoleContext.h"
#include "service/ProvisioningService.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CreateApplicationDialog::CreateApplicationDialog(ConsoleContext *context, QWidget *parent)
    : RequestDialog(parent)
    , m_context(context)
    , m_account(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_keyRow(new QWidget(this))
    , m_newKey(new SecretLineEdit(m_keyRow))
{
    setObjectName(QStringLiteral("createApplicationDialog"));
    setWindowTitle(tr("Create Application"));
    addIntro(context->isSandbox()
            ? tr("The application is created in the offline sandbox. Nothing is sent to Cronofy.")
            : tr("The application is created in your Cronofy account, in the %1 data center.")
                  .arg(context->dataCenter().displayName()));

    m_accounts = AccountList::inDataCenter(context->dataCenter());
    if (m_accounts.isEmpty()) // none listed yet: the one named after the data center, as in v0.1
        m_accounts.append(AccountList::forDataCenter(context->dataCenter()));
    const QString lastUsed = AccountList::lastUsed();
    for (const Account &account : std::as_const(m_accounts)) {
        m_account->addItem(account.name);
        if (account.name.compare(lastUsed, Qt::CaseInsensitive) == 0)
            m_account->setCurrentIndex(m_account->count() - 1);
    }
    m_account->setAccessibleName(tr("Account"));
    addField(tr("&Account:"), m_account, QStringLiteral("account"),
        tr("Whose admin API key creates the application: the accounts are listed in Settings."));
    m_account->setObjectName(QStringLiteral("accountCombo")); // a combo, not an "Edit"

    m_name->setPlaceholderText(tr("Example: Meeting Room Booking"));
    m_url->setPlaceholderText(tr("https://www.example.com"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    addField(tr("&Name:"), m_name, QStringLiteral("name"),
        tr("People see this name when they connect their calendar."));
    addField(tr("&Web address:"), m_url, QStringLiteral("url"),
        tr("The home page of your application or organisation, such as www.example.com."));
    m_name->setAccessibleName(tr("Application name"));
    m_url->setAccessibleName(tr("Web address"));

    submitButton()->setText(tr("C&reate"));
    submitButton()->setObjectName(QStringLiteral("createButton"));
    submitButton()->setAccessibleName(tr("Create the application"));

    // Errors appear after the first attempt and then follow every keystroke, never while typing a first time.
    auto revalidate = [this] {
        if (m_triedOnce)
            validate(false);
    };
    connect(m_name, &QLineEdit::textEdited, this, revalidate);
    connect(m_url, &QLineEdit::textEdited, this, revalidate);

    // Hidden until Cronofy refuses the admin key (or none is stored).
    m_keyRow->setObjectName(QStringLiteral("adminKeyRow"));
    auto *keyLabel = new QLabel(tr("Admin API &key:"), m_keyRow);
    keyLabel->setBuddy(m_newKey);
    m_newKey->setObjectName(QStringLiteral("retryAdminKeyEdit"));
    m_newKey->setAccessibleName(tr("Admin API key"));
    m_newKey->setPlaceholderText(tr("Paste the key here"));
    auto *retry = new QPushButton(tr("Save Key and Retr&y"), m_keyRow);
    retry->setObjectName(QStringLiteral("saveKeyRetryButton"));
    retry->setAccessibleName(tr("Save the admin API key and create the application"));
    retry->setAutoDefault(false);
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(keyLabel);
    keyLayout->addWidget(m_newKey, 1);
    keyLayout->addWidget(retry);
    m_keyRow->hide();
    addBelowForm(m_keyRow);
    connect(retry, &QPushButton::clicked, this, &CreateApplicationDialog::saveKeyAndRetry);
    connect(m_newKey, &QLineEdit::returnPressed, this, &CreateApplicationDialog::saveKeyAndRetry);

    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_name->setFocus();
}

Account CreateApplicationDialog::account() const
{
    return m_accounts.value(m_account->currentIndex());
}

bool CreateApplicationDialog::offerKeyEntry(const ServiceError &error)
{
    const QString where = m_context->dataCenter().displayName();
    QString sentence;
    if (error.source == ServiceError::Source::Api && error.api.httpStatus == 401)
        sentence
            = tr("%1 You can also paste the right key below and press Save Key and Retry. What you typed "
                 "above stays.")
                  .arg(error.message());
    else if (error.source == ServiceError::Source::Secrets
        && error.secret.kind == SecretError::Kind::NotFound)
        sentence = tr("No admin API key is stored for %1 yet. Paste it below and press Save Key and Retry.")
                       .arg(where);
    else
        return false;
    banner()->showError(sentence, ErrorPresenter::details(error));
    m_keyRow->show();
    m_newKey->setFocus(Qt::OtherFocusReason);
    return true;
}

void CreateApplicationDialog::saveKeyAndRetry()
{
    if (isBusy())
        return;
    const QString key = m_newKey->text().trimmed();
    const ServiceError invalid
        = ProvisioningService::validateCredentialText(key, QStringLiteral("admin_key"));
    if (!invalid.ok()) {
        banner()->showError(invalid.message());
        m_newKey->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_keyRow->setEnabled(false);
    const auto stored = [this](const ServiceError &error) {
        m_keyRow->setEnabled(true);
        if (!error.ok()) {
            banner()->showError(error.message(), ErrorPresenter::details(error));
            return;
        }
        m_newKey->wipe();
        m_keyRow->hide();
        submit();
    };
    // An account not listed yet is the one named after the data center: storing its key lists it.
    const Account chosen = account();
    if (AccountList::find(chosen.name))
        m_context->service()->replaceAccountKey(chosen.name, key, this, stored);
    else
        m_context->service()->storeAdminKey(m_context->dataCenter(), key, this, stored);
}

bool CreateApplicationDialog::validate(bool focusFirstProblem)
{
    ErrorPresenter::clearFieldErrors(this);
    const NewApplication app {m_name->text().trimmed(), m_url->text().trimmed()};
    // Each field on its own, so both problems show at once.
    const ServiceError nameError
        = ProvisioningService::validateApplication({app.name, QStringLiteral("https://example.com")});
    const ServiceError urlError = ProvisioningService::validateApplication({QStringLiteral("x"), app.url});
    QWidget *first = nullptr;
    if (!nameError.ok()) {
        ErrorPresenter::showFieldError(this, QStringLiteral("name"), nameError.message());
        first = m_name;
    }
    if (!urlError.ok()) {
        ErrorPresenter::showFieldError(this, QStringLiteral("url"), urlError.message());
        if (!first)
            first = m_url;
    }
    // Anything the per-field checks did not catch (rules about both fields together).
    const ServiceError whole = ProvisioningService::validateApplication(app);
    if (!first && !whole.ok()) {
        ErrorPresenter::present(whole, this, banner());
        return false;
    }
    if (first && focusFirstProblem)
        first->setFocus(Qt::OtherFocusReason);
    return !first;
}

void CreateApplicationDialog::completeUrl()
{
    // People type "www.example.com" as in a browser's address bar; Cronofy needs the scheme, and https is
    // what any site uses today. The field shows the completed address, so nothing happens behind their back.
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && url.at(0).isLetterOrNumber() && !url.contains(QLatin1String("://"))
        && !url.contains(QLatin1Char(' ')) && url.contains(QLatin1Char('.')))
        m_url->setText(QStringLiteral("https://") + url);
}

void CreateApplicationDialog::submit()
{
    m_triedOnce = true;
    banner()->clear();
    completeUrl();
    if (!validate(true))
        return;
    const NewApplication app {m_name->text().trimmed(), m_url->text().trimmed()};
    ServiceJob *job = m_context->service()->createApplication(
        account(), app, this, [this](const CreatedApplication &result, const ServiceError &error) {
            setBusy(false);
            if (error.isCancelled()) {
                banner()->showInfo(tr("Stopped. If Cronofy had already created the application, it still "
                                      "appears in the list with its secret."));
                return;
            }
            if (!error.ok()) {
                if (!offerKeyEntry(error))
                    ErrorPresenter::present(error, this, banner());
                return;
            }
            emit created(result);
            accept();
        });
    setBusy(true, tr("Creating the application…"), job);
}
