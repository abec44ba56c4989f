#include "calendars/ProvisionCalendarDialog.h"

#include "ConsoleContext.h"
#include "calendars/ApplicationChoices.h"
#include "common/LogCategories.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"
#include "widgets/ClearButton.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/DialogFit.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace {
// The field name Cronofy's 422 errors and the service's input errors use for the calendar id.
const QString calendarIdField = QStringLiteral("application_calendar_id");

const ErrorPresenter::FieldMap fieldNames {{calendarIdField, QStringLiteral("calendarId")},
    {QStringLiteral("client_id"), QStringLiteral("application")}};
} // namespace

ProvisionCalendarDialog::ProvisionCalendarDialog(
    ConsoleContext *context, const QString &preselectedClientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("provisionCalendarDialog"));
    setWindowTitle(tr("Provision a Calendar"));
    setAccessibleName(windowTitle());

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("provisionBanner"));

    auto *intro
        = new QLabel(tr("An application calendar is a calendar that Cronofy keeps for one of your "
                        "applications. Give it an ID you will recognise, such as the name of a room or "
                        "a person. Provisioning an ID that already exists is safe: you get the same "
                        "calendar back."),
            this);
    intro->setObjectName(QStringLiteral("provisionIntroLabel"));
    intro->setWordWrap(true);

    m_applicationCombo = new QComboBox(this);
    m_applicationCombo->setObjectName(QStringLiteral("applicationCombo"));
    m_applicationCombo->setAccessibleName(tr("Application"));
    m_applicationCombo->setAccessibleDescription(tr("The application the calendar belongs to"));

    m_noApplicationsLabel = new QLabel(
        tr("There is no application yet. Create or import one on the Applications page first."), this);
    m_noApplicationsLabel->setObjectName(QStringLiteral("noApplicationsLabel"));
    m_noApplicationsLabel->setWordWrap(true);
    m_noApplicationsLabel->hide();

    m_calendarIdEdit = new QLineEdit(this);
    m_calendarIdEdit->setObjectName(QStringLiteral("calendarIdEdit"));
    m_calendarIdEdit->setAccessibleName(tr("Calendar ID"));
    m_calendarIdEdit->setAccessibleDescription(
        tr("A name for the calendar that is unique within the application"));
    m_calendarIdEdit->setPlaceholderText(tr("For example: meeting-room-3"));
    ClearButton::enable(m_calendarIdEdit);

    m_calendarIdError
        = ErrorPresenter::createFieldErrorLabel(QStringLiteral("calendarId"), m_calendarIdEdit, this);
    m_calendarIdError->setAccessibleName(tr("Problem with the calendar ID"));

    auto *idColumn = new QVBoxLayout;
    idColumn->setContentsMargins(0, 0, 0, 0);
    idColumn->addWidget(m_calendarIdEdit);
    idColumn->addWidget(m_calendarIdError);

    auto *form = new QFormLayout;
    auto *applicationLabel = new QLabel(tr("A&pplication:"), this);
    applicationLabel->setBuddy(m_applicationCombo);
    auto *idLabel = new QLabel(tr("Calendar &ID:"), this);
    idLabel->setBuddy(m_calendarIdEdit);
    form->addRow(applicationLabel, m_applicationCombo);
    form->addRow(QString(), m_noApplicationsLabel);
    form->addRow(idLabel, idColumn);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setAccessibleName(tr("Provisioning in progress"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyLabel = new QLabel(tr("Asking Cronofy for the calendar…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);
    m_busyBar->hide();
    m_busyLabel->hide();

    m_resultBox = new QGroupBox(tr("Provisioned calendar"), this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_resultHeadline = new QLabel(m_resultBox);
    m_resultHeadline->setObjectName(QStringLiteral("resultHeadline"));
    m_resultHeadline->setWordWrap(true);
    m_subValue = new QLineEdit(m_resultBox);
    m_subValue->setObjectName(QStringLiteral("resultSubValue"));
    m_subValue->setAccessibleName(tr("Calendar sub"));
    m_subValue->setReadOnly(true);
    m_profileValue = new QLineEdit(m_resultBox);
    m_profileValue->setObjectName(QStringLiteral("resultProfileValue"));
    m_profileValue->setAccessibleName(tr("Profile"));
    m_profileValue->setReadOnly(true);
    m_copySubButton = new QPushButton(tr("Copy s&ub"), m_resultBox);
    m_copySubButton->setObjectName(QStringLiteral("copyResultSubButton"));
    m_copySubButton->setAccessibleName(tr("Copy the calendar sub"));
    m_copySubButton->setAutoDefault(false);
    m_copyProfileButton = new QPushButton(tr("Copy p&rofile ID"), m_resultBox);
    m_copyProfileButton->setObjectName(QStringLiteral("copyResultProfileButton"));
    m_copyProfileButton->setAccessibleName(tr("Copy the profile ID"));
    m_copyProfileButton->setAutoDefault(false);
    auto *resultForm = new QFormLayout(m_resultBox);
    resultForm->addRow(m_resultHeadline);
    auto *subRow = new QHBoxLayout;
    subRow->addWidget(m_subValue, 1);
    subRow->addWidget(m_copySubButton);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileValue, 1);
    profileRow->addWidget(m_copyProfileButton);
    auto *subLabel = new QLabel(tr("Sub:"), m_resultBox);
    subLabel->setBuddy(m_subValue);
    auto *profileLabel = new QLabel(tr("Profile:"), m_resultBox);
    profileLabel->setBuddy(m_profileValue);
    resultForm->addRow(subLabel, subRow);
    resultForm->addRow(profileLabel, profileRow);
    m_resultBox->hide();

    m_buttons = new QDialogButtonBox(this);
    m_submitButton = m_buttons->addButton(tr("Pro&vision"), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("provisionSubmitButton"));
    m_submitButton->setAccessibleName(tr("Provision the calendar"));
    m_submitButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    // The dialog box's own accepted() would close the dialog; Provision keeps it open for the result.
    connect(m_submitButton, &QPushButton::clicked, this, &ProvisionCalendarDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProvisionCalendarDialog::reject);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(busyRow);
    layout->addWidget(m_resultBox);
    layout->addStretch(1);
    DialogFit::install(this, content, m_buttons);

    setTabOrder(m_applicationCombo, m_calendarIdEdit);
    setTabOrder(m_calendarIdEdit, m_copySubButton);
    setTabOrder(m_copySubButton, m_copyProfileButton);
    setTabOrder(m_copyProfileButton, m_submitButton);
    setTabOrder(m_submitButton, m_cancelButton);

    connect(m_calendarIdEdit, &QLineEdit::textEdited, this, [this] {
        clearFieldError();
        updateSubmitState();
    });
    connect(m_applicationCombo, &QComboBox::currentIndexChanged, this,
        &ProvisionCalendarDialog::updateSubmitState);
    connect(m_copySubButton, &QPushButton::clicked, this,
        [this] { ClipboardGuard::instance()->copy(m_subValue->text(), false); });
    connect(m_copyProfileButton, &QPushButton::clicked, this, [this] {
        ClipboardGuard::instance()->copy(m_profileValue->property("profileId").toString(), false);
    });
    if (Registry *registry = m_context->registry())
        connect(registry, &Registry::applicationChanged, this, &ProvisionCalendarDialog::reloadApplications);

    reloadApplications();
    if (!preselectedClientId.isEmpty()) {
        const int index = m_applicationCombo->findData(preselectedClientId);
        if (index >= 0)
            m_applicationCombo->setCurrentIndex(index);
    }
    m_calendarIdEdit->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateSubmitState();
}

ProvisionCalendarDialog::~ProvisionCalendarDialog()
{
    if (m_job)
        m_job->cancel();
}

void ProvisionCalendarDialog::setCalendarId(const QString &applicationCalendarId)
{
    m_calendarIdEdit->setText(applicationCalendarId);
    m_calendarIdEdit->selectAll();
}

void ProvisionCalendarDialog::reloadApplications()
{
    fillApplicationCombo(m_applicationCombo, m_context->registry());
    const bool none = m_applicationCombo->count() == 0;
    m_noApplicationsLabel->setVisible(none);
    m_applicationCombo->setEnabled(!none && !isBusy());
    updateSubmitState();
}

void ProvisionCalendarDialog::updateSubmitState()
{
    m_submitButton->setEnabled(!isBusy() && m_applicationCombo->count() > 0);
}

void ProvisionCalendarDialog::showFieldError(const QString &sentence)
{
    ErrorPresenter::showFieldError(this, QStringLiteral("calendarId"), sentence);
    m_calendarIdEdit->setFocus();
}

void ProvisionCalendarDialog::clearFieldError()
{
    ErrorPresenter::clearFieldErrors(this);
}

void ProvisionCalendarDialog::submit()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearFieldError();
    const QString clientId = m_applicationCombo->currentData().toString();
    if (clientId.isEmpty()) {
        m_banner->showError(
            tr("Choose the application the calendar belongs to. If the list is empty, create or "
               "import an application on the Applications page first."));
        m_applicationCombo->setFocus();
        return;
    }
    // Spaces around the id are almost always a slip of the keyboard or the clipboard; Cronofy would treat
    // "room-1 " as another calendar than "room-1".
    const QString calendarId = m_calendarIdEdit->text().trimmed();
    const ServiceError invalid = ProvisioningService::validateCalendarId(m_calendarIdEdit->text());
    if (!invalid.ok()) {
        showFieldError(invalid.message());
        return;
    }
    m_resultBox->hide();
    setBusy(true);
    // The service may answer synchronously (e.g. the application's row is gone); then there is no job to
    // keep.
    auto answered = std::make_shared<bool>(false);
    ServiceJob *job = m_context->service()->provisionCalendar(clientId, calendarId, this,
        [this, clientId, calendarId, answered](
            const CalendarCredentials &credentials, const ServiceError &error) {
            *answered = true;
            finished(clientId, calendarId, credentials, error);
        });
    if (!*answered) {
        m_job = job;
        updateSubmitState();
    }
}

void ProvisionCalendarDialog::finished(const QString &clientId, const QString &calendarId,
    const CalendarCredentials &credentials, const ServiceError &error)
{
    m_job.clear();
    setBusy(false);
    if (error.isCancelled()) {
        m_banner->showInfo(
            tr("Stopped waiting for Cronofy. If the calendar was created meanwhile, provisioning "
               "the same ID again is safe and shows it."));
        return;
    }
    if (!error.ok()) {
        // A 422 about the id, or an input error, goes under the field; anything else into the dialog's banner
        // with the technical text behind "Details".
        ErrorPresenter::present(error, this, m_banner, fieldNames);
        return;
    }
    // The tokens in `credentials` are deliberately not shown or kept: "Get fresh tokens" on the Calendars
    // page hands them out when someone needs them.
    m_resultHeadline->setText(tr("The calendar “%1” is ready.").arg(calendarId));
    m_subValue->setText(credentials.sub);
    m_subValue->setCursorPosition(0);
    const LinkingProfile &profile = credentials.profile;
    m_profileValue->setText(profile.profileName.isEmpty() || profile.profileName == profile.profileId
            ? profile.profileId
            : tr("%1 (%2)").arg(profile.profileName, profile.profileId));
    m_profileValue->setCursorPosition(0);
    m_profileValue->setProperty("profileId", profile.profileId);
    m_copyProfileButton->setEnabled(!profile.profileId.isEmpty());
    m_copySubButton->setEnabled(!credentials.sub.isEmpty());
    m_resultBox->show();
    m_cancelButton->setText(tr("&Close"));
    m_cancelButton->setAccessibleName(tr("Close"));
    m_calendarIdEdit->selectAll();
    m_calendarIdEdit->setFocus();
    emit calendarProvisioned(clientId, calendarId);
}

void ProvisionCalendarDialog::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_calendarIdEdit->setReadOnly(busy);
    m_applicationCombo->setEnabled(!busy && m_applicationCombo->count() > 0);
    if (busy) {
        m_cancelButton->setText(tr("Cancel"));
        m_cancelButton->setAccessibleName(tr("Cancel the request"));
    }
    updateSubmitState();
}

void ProvisionCalendarDialog::reject()
{
    // Esc and Cancel first stop a running request; a second press closes the dialog.
    if (m_job) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}
