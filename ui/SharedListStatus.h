#pragma once

#include <QLabel>

class MessageBanner;
class SharedListLink;

// The status bar's word on the shared list ("Shared list alice@db:5432/cronofy: connected"), and the banner's
// sentence while it is not connected (the list is then empty or as last read, and read-only), cleared once
// it is.
class SharedListStatus : public QLabel
{
    Q_OBJECT

public:
    SharedListStatus(SharedListLink *link, MessageBanner *banner, QWidget *parent = nullptr);

private:
    void update();

    SharedListLink *m_link;
    MessageBanner *m_banner;
    QString m_shown; // the banner sentence this label put up, to clear only its own
};
