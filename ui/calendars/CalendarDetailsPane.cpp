#include "calendars/CalendarDetailsPane.h"

#include "registry/RecordText.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/ScrollFollowsFocus.h"
#include "widgets/ValueField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

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
    // The calendar ID as the pane's title, whole however long; Tab skips it (the Calendar ID field has it).
    m_heading = new ValueField(details);
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setAccessibleName(tr("Selected calendar"));
    m_heading->setFocusPolicy(Qt::NoFocus);
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
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop); // beside a value's first line
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
    ScrollFollowsFocus::install(scroll);
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

ValueField *CalendarDetailsPane::addValue(
    const QString &objectName, const QString &label, const QString &accessibleName, QPushButton *copyButton)
{
    // Selectable, reachable by keyboard, and whole: a 255-character id takes more lines, it is never cut.
    auto *value = new ValueField(this);
    value->setObjectName(objectName);
    value->setAccessibleName(accessibleName);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(value);
    if (copyButton) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(value, 1);
        row->addWidget(copyButton, 0, Qt::AlignTop);
        m_form->addRow(labelWidget, row);
    } else {
        m_form->addRow(labelWidget, value);
    }
    return value;
}

void CalendarDetailsPane::copy(const ValueField *value)
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
    m_heading->setValue(c.applicationCalendarId);
    const auto set = [](ValueField *field, const QString &text) { field->setValue(text); };
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

QSize CalendarDetailsPane::sizeHint() const
{
    int labels = 0;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *label = m_form->itemAt(row, QFormLayout::LabelRole))
            labels = std::max(labels, label->sizeHint().width());
    }
    // Ids are mostly digits and lower-case letters, wider than the average character.
    const int id = fontMetrics().horizontalAdvance(QStringLiteral("apc_0123456789abcdef01234567")) + 4;
    const int spacing = std::max(0, m_form->horizontalSpacing())
        + std::max(
            0, style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::DefaultType, Qt::Horizontal));
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {labels + id + m_copySub->sizeHint().width() + spacing * 2 + bar, QWidget::sizeHint().height()};
}

void CalendarDetailsPane::setActivity(const QString &activity)
{
    m_activity->setText(activity);
    m_activity->setVisible(!activity.isEmpty());
}
