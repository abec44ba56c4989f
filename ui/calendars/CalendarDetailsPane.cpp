#include "calendars/CalendarDetailsPane.h"

#include "registry/RecordText.h"
#include "widgets/ClipboardGuard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return CalendarDetailsPane::tr("Never");
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}
} // namespace

CalendarDetailsPane::CalendarDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarDetailsPane"));
    setAccessibleName(tr("Calendar details"));

    m_stack = new QStackedWidget(this);

    auto *empty = new QLabel(tr("Select a calendar in the list to see its details here."), m_stack);
    empty->setObjectName(QStringLiteral("noSelectionLabel"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(empty);

    auto *details = new QWidget(m_stack);
    m_heading = new QLabel(details);
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_activity = new QLabel(details);
    m_activity->setObjectName(QStringLiteral("detailsActivityLabel"));
    m_activity->setWordWrap(true);
    m_activity->hide();

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_copyClientId = makeCopyButton(QStringLiteral("copyClientIdButton"), tr("Copy the client ID"));
    m_copyCalendarId = makeCopyButton(QStringLiteral("copyCalendarIdButton"), tr("Copy the calendar ID"));
    m_copySub = makeCopyButton(QStringLiteral("copySubButton"), tr("Copy the sub"));
    m_copyProfileId = makeCopyButton(QStringLiteral("copyProfileIdButton"), tr("Copy the profile ID"));

    m_application = addValue(QStringLiteral("detailsApplication"), tr("Application:"), tr("Application"));
    m_clientId
        = addValue(QStringLiteral("detailsClientId"), tr("Client ID:"), tr("Client ID"), m_copyClientId);
    m_calendarId = addValue(
        QStringLiteral("detailsCalendarId"), tr("Calendar ID:"), tr("Calendar ID"), m_copyCalendarId);
    m_sub = addValue(QStringLiteral("detailsSub"), tr("Sub:"), tr("Sub"), m_copySub);
    m_profile = addValue(QStringLiteral("detailsProfileName"), tr("Profile:"), tr("Profile name"));
    m_profileId
        = addValue(QStringLiteral("detailsProfileId"), tr("Profile ID:"), tr("Profile ID"), m_copyProfileId);
    m_provider = addValue(QStringLiteral("detailsProvider"), tr("Provider:"), tr("Provider"));
    m_scope = addValue(QStringLiteral("detailsScope"), tr("Access:"), tr("Access scope"));
    m_provisioned = addValue(QStringLiteral("detailsProvisioned"), tr("Provisioned:"), tr("Provisioned"));
    m_lastSeen
        = addValue(QStringLiteral("detailsLastSeen"), tr("Last seen working:"), tr("Last seen working"));
    m_status = addValue(QStringLiteral("detailsStatus"), tr("Status:"), tr("Status"));
    m_lastError = new QLabel(details);
    m_lastError->setObjectName(QStringLiteral("detailsLastError"));
    m_lastError->setAccessibleName(tr("Last problem"));
    m_lastError->setWordWrap(true);
    m_lastError->setTextFormat(Qt::PlainText);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(tr("Last problem:"), m_lastError);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_activity);
    detailsLayout->addLayout(m_form);
    detailsLayout->addStretch(1);
    m_stack->addWidget(details);

    // A short window (or the pane below the list) scrolls the details rather than squeezing them.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    scroll->setAccessibleName(tr("Calendar details"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_stack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_copyClientId, &QPushButton::clicked, this, [this] { copy(m_clientId); });
    connect(m_copyCalendarId, &QPushButton::clicked, this, [this] { copy(m_calendarId); });
    connect(m_copySub, &QPushButton::clicked, this, [this] { copy(m_sub); });
    connect(m_copyProfileId, &QPushButton::clicked, this, [this] { copy(m_profileId); });

    setCalendar(std::nullopt, QString());
}

QPushButton *CalendarDetailsPane::makeCopyButton(const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(tr("Copy"), this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setAutoDefault(false);
    return button;
}

QLineEdit *CalendarDetailsPane::addValue(
    const QString &objectName, const QString &label, const QString &accessibleName, QPushButton *copyButton)
{
    // A frameless read-only line edit: selectable, reachable by keyboard, and a 255-character id scrolls
    // inside it instead of stretching the pane.
    auto *value = new QLineEdit(this);
    value->setObjectName(objectName);
    value->setAccessibleName(accessibleName);
    value->setReadOnly(true);
    value->setFrame(false);
    value->setBackgroundRole(QPalette::Window);
    value->setAutoFillBackground(false);
    if (copyButton) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(value, 1);
        row->addWidget(copyButton);
        m_form->addRow(label, row);
    } else {
        m_form->addRow(label, value);
    }
    return value;
}

void CalendarDetailsPane::copy(QLineEdit *value)
{
    ClipboardGuard::instance()->copy(value->text(), false);
}

void CalendarDetailsPane::setCalendar(
    const std::optional<CalendarRecord> &calendar, const QString &applicationName)
{
    m_calendar = calendar;
    if (!calendar) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const CalendarRecord &c = *calendar;
    m_stack->setCurrentIndex(1);
    m_heading->setText(c.applicationCalendarId);
    const auto set = [](QLineEdit *edit, const QString &text) {
        edit->setText(text);
        edit->setCursorPosition(0);
        edit->setToolTip(text);
    };
    set(m_application, applicationName);
    set(m_clientId, c.clientId);
    set(m_calendarId, c.applicationCalendarId);
    set(m_sub, c.sub.isEmpty() ? QString() : c.sub);
    m_sub->setPlaceholderText(tr("Not provisioned yet"));
    set(m_profile, c.profileName);
    set(m_profileId, c.profileId);
    set(m_provider, c.providerName);
    set(m_scope, c.scope == QLatin1String("read_write") ? tr("Read and write") : c.scope);
    set(m_provisioned, c.provisionedAt.isValid() ? localTime(c.provisionedAt) : tr("Not yet"));
    set(m_lastSeen, localTime(c.lastSeenAt));
    set(m_status, RecordText::status(c.status));
    m_lastError->setText(c.lastError.isEmpty() ? tr("None") : c.lastError);
    m_copySub->setEnabled(!c.sub.isEmpty());
    m_copyProfileId->setEnabled(!c.profileId.isEmpty());
}

void CalendarDetailsPane::setActivity(const QString &activity)
{
    m_activity->setText(activity);
    m_activity->setVisible(!activity.isEmpty());
}
