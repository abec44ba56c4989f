#include "calendars/VerificationDialog.h"

#include "service/ProvisioningService.h"
#include "widgets/DialogFit.h"
#include "widgets/WordWrapDelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

QStringList VerificationDialog::problems(const CalendarVerification &verification)
{
    QStringList sentences;
    const QString status = verification.userInfo.authorizationStatus;
    if (status != QLatin1String("active"))
        sentences << (status.isEmpty()
                ? tr("Cronofy did not say that its authorization is active. Provision it again to "
                     "renew it.")
                : tr("Cronofy reports its authorization as “%1” instead of active. Provision it again "
                     "to renew it.")
                      .arg(status));
    int usable = 0;
    int readOnly = 0;
    for (const CalendarInfo &calendar : verification.calendars) {
        if (calendar.deleted)
            continue;
        if (calendar.readOnly)
            ++readOnly;
        else if (calendar.primary)
            ++usable;
    }
    if (verification.calendars.isEmpty())
        sentences << tr(
            "Cronofy lists no calendar for it. Provision it again; if that does not help, contact "
            "Cronofy support.");
    else if (usable == 0 && readOnly > 0)
        sentences << tr("Its calendar is read-only, so events cannot be added to it.");
    else if (usable != 1)
        sentences << tr(
            "Cronofy lists %n writable main calendar(s) for it; an application calendar has exactly "
            "one.",
            nullptr, usable);
    if (sentences.isEmpty() && !verification.healthy())
        sentences << tr("Cronofy's answer does not look like a working application calendar.");
    return sentences;
}

VerificationDialog::VerificationDialog(
    const QString &calendarId, const CalendarVerification &verification, QWidget *parent)
    : QDialog(parent)
    , m_healthy(verification.healthy())
{
    setObjectName(QStringLiteral("verificationDialog"));
    setWindowTitle(tr("Verification of “%1”").arg(calendarId));
    setAccessibleName(windowTitle());
    setAttribute(Qt::WA_DeleteOnClose);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verificationVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    if (m_healthy) {
        m_verdict->setText(
            tr("“%1” is healthy: its authorization is active and it has one calendar that events "
               "can be added to.")
                .arg(calendarId));
    } else {
        //: %1 is the calendar ID, %2 one or more sentences that say what is wrong and what to do.
        m_verdict->setText(
            tr("“%1” is not healthy. %2").arg(calendarId, problems(verification).join(QLatin1Char(' '))));
    }
    m_verdict->setAccessibleName(m_verdict->text());

    const UserInfo &user = verification.userInfo;
    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &objectName, const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? tr("(not given)") : value, this);
        field->setObjectName(objectName);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        // Named by its text (the value) and labelled by its name, as a screen reader expects of a form.
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        form->addRow(name, field);
    };
    addRow(QStringLiteral("verifiedSub"), tr("Sub:"), user.sub);
    addRow(QStringLiteral("verifiedAuthorization"), tr("Authorization:"),
        user.authorizationStatus == QLatin1String("active") ? tr("Active") : user.authorizationStatus);
    addRow(QStringLiteral("verifiedScope"), tr("Access:"),
        user.scope == QLatin1String("read_write") ? tr("Read and write") : user.scope);
    addRow(QStringLiteral("verifiedProfiles"), tr("Connected profiles:"),
        tr("%n profile(s)", nullptr, user.profilesConnected));

    auto *calendars = new QTreeWidget(this);
    calendars->setObjectName(QStringLiteral("verifiedCalendarsList"));
    calendars->setAccessibleName(tr("Calendars Cronofy lists"));
    calendars->setRootIsDecorated(false);
    calendars->setHeaderLabels({tr("Calendar"), tr("Profile"), tr("Main"), tr("Can add events")});
    for (const CalendarInfo &calendar : verification.calendars) {
        auto *item = new QTreeWidgetItem(calendars);
        item->setText(0, calendar.calendarName.isEmpty() ? calendar.calendarId : calendar.calendarName);
        item->setToolTip(0, calendar.calendarId);
        item->setText(1, calendar.profileName);
        item->setText(2, calendar.primary ? tr("Yes") : tr("No"));
        item->setText(3, calendar.readOnly || calendar.deleted ? tr("No") : tr("Yes"));
    }
    calendars->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    WordWrapDelegate::install(calendars); // a long calendar name is read whole
    calendars->setMinimumHeight(calendars->fontMetrics().height() * 5);

    auto *calendarsLabel = new QLabel(tr("Calendars Cronofy lists for it:"), this);
    calendarsLabel->setBuddy(calendars);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_verdict);
    layout->addLayout(form);
    layout->addWidget(calendarsLabel);
    layout->addWidget(calendars, 1);
    DialogFit::install(this, content, buttons);
    close->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QString VerificationDialog::verdict() const
{
    return m_verdict->text();
}
