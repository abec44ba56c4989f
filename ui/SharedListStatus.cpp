#include "SharedListStatus.h"

#include "postgres/PostgresConnection.h"
#include "postgres/SharedListLink.h"
#include "widgets/MessageBanner.h"

SharedListStatus::SharedListStatus(SharedListLink *link, MessageBanner *banner, QWidget *parent)
    : QLabel(parent)
    , m_link(link)
    , m_banner(banner)
{
    setObjectName(QStringLiteral("sharedListStatus"));
    setAccessibleName(tr("Shared list"));
    connect(link, &SharedListLink::stateChanged, this, &SharedListStatus::update);
    update();
}

void SharedListStatus::update()
{
    const QString where = PostgresConnection::describe(m_link->address());
    switch (m_link->state()) {
    case SharedListLink::State::Connected:
        setText(tr("Shared list %1: connected").arg(where));
        break;
    case SharedListLink::State::Connecting:
        setText(tr("Shared list %1: connecting…").arg(where));
        break;
    case SharedListLink::State::Retrying:
        setText(tr("Shared list %1: not reachable, read-only").arg(where));
        break;
    case SharedListLink::State::Stopped:
        setText(tr("Shared list %1: not connected, read-only").arg(where));
        break;
    }
    setToolTip(m_link->sentence());
    const QString sentence = m_link->sentence();
    if (!sentence.isEmpty()) {
        if (m_link->state() == SharedListLink::State::Stopped)
            m_banner->showError(sentence);
        else
            m_banner->showWarning(sentence);
        m_shown = sentence;
    } else if (!m_shown.isEmpty() && m_banner->text() == m_shown) {
        m_banner->clear();
        m_shown.clear();
    }
}
