#include "registry/CalendarSearchIndex.h"

#include <algorithm>

void CalendarSearchIndex::clear()
{
    m_text.clear();
    m_keyOfSlot.clear();
    m_starts.clear();
    m_owners.clear();
    m_ownerIndexOfSlot.clear();
    m_blank = 0;
    m_counts.fill(0);
}

void CalendarSearchIndex::reserve(qsizetype slotTotal, qsizetype characters)
{
    m_text.reserve(characters + slotTotal);
    m_keyOfSlot.reserve(slotTotal);
    m_starts.reserve(slotTotal);
    m_owners.reserve(slotTotal);
    m_ownerIndexOfSlot.reserve(slotTotal);
}

void CalendarSearchIndex::setKey(int slot, QStringView text)
{
    Q_ASSERT(slot >= 0 && slot <= slotCount());
    if (slot < slotCount()) {
        // Blank the old key in place (so a scan never finds it) and append the new one.
        const Key old = m_keyOfSlot.at(slot);
        QChar *chars = m_text.data() + old.begin;
        for (quint32 i = 0; i < old.length; ++i) {
            const char16_t c = chars[i].unicode();
            --m_counts[c < 128 ? c : 128];
            chars[i] = QChar(separator);
        }
        m_owners[m_ownerIndexOfSlot.at(slot)] = -1;
        m_blank += qsizetype(old.length) + 1;
    } else {
        m_keyOfSlot.append(Key());
        m_ownerIndexOfSlot.append(-1);
    }

    const qsizetype begin = m_text.size();
    // Most keys are ASCII: lowercase them here without a temporary string; anything else goes through
    // QString::toLower (the same function the needle goes through, so both sides fold alike).
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 128) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        m_text.resize(begin + text.size());
        QChar *out = m_text.data() + begin;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            out[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
        }
    } else {
        m_text.append(text.toString().toLower());
    }
    const qsizetype length = m_text.size() - begin;
    for (qsizetype i = begin; i < m_text.size(); ++i) {
        const char16_t c = m_text.at(i).unicode();
        ++m_counts[c < 128 ? c : 128];
    }
    m_text.append(QChar(separator));

    m_keyOfSlot[slot] = Key {quint32(begin), quint32(length)};
    m_ownerIndexOfSlot[slot] = int(m_starts.size());
    m_starts.append(quint32(begin));
    m_owners.append(slot);

    if (m_blank > 4096 && m_blank > m_text.size() / 2)
        compact();
}

QStringView CalendarSearchIndex::key(int slot) const
{
    const Key k = m_keyOfSlot.at(slot);
    return QStringView(m_text).mid(k.begin, k.length);
}

bool CalendarSearchIndex::keyContains(int slot, QStringView lowercaseNeedle) const
{
    return key(slot).contains(lowercaseNeedle);
}

qsizetype CalendarSearchIndex::anchorOf(QStringView needle) const
{
    qsizetype best = 0;
    quint32 bestCount = ~quint32(0);
    for (qsizetype i = 0; i < needle.size(); ++i) {
        const char16_t c = needle[i].unicode();
        const quint32 count = m_counts[c < 128 ? c : 128];
        if (count < bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return best;
}

void CalendarSearchIndex::markMatches(QStringView needle, QList<char> &matched) const
{
    Q_ASSERT(matched.size() == slotCount());
    if (needle.isEmpty() || needle.contains(QChar(separator)))
        return;
    // Look for the needle's rarest character (one vectorised scan: QStringView::indexOf(QChar)), check the
    // whole needle around it, and after a match go straight to the next key.
    const qsizetype m = needle.size();
    const qsizetype k = anchorOf(needle);
    const QChar anchor = needle[k];
    const QStringView hay(m_text);
    const qsizetype n = hay.size();
    const QChar *chars = hay.data();
    const QChar *pattern = needle.data();
    const qsizetype keys = m_starts.size();
    qsizetype key = 0; // the key in buffer order that contains the current position
    qsizetype from = k;
    while (from < n) {
        const qsizetype p = hay.indexOf(anchor, from);
        if (p < 0)
            break;
        const qsizetype start = p - k;
        if (start + m > n)
            break;
        if (!std::equal(pattern, pattern + m, chars + start)) {
            from = p + 1;
            continue;
        }
        while (key + 1 < keys && qsizetype(m_starts.at(key + 1)) <= start)
            ++key;
        const int owner = m_owners.at(key);
        if (owner >= 0)
            matched[owner] = 1;
        if (key + 1 >= keys)
            break;
        from = qsizetype(m_starts.at(key + 1)) + k;
    }
}

void CalendarSearchIndex::compact()
{
    QString text;
    text.reserve(m_text.size() - m_blank);
    const int slotTotal = slotCount();
    m_starts.resize(slotTotal);
    m_owners.resize(slotTotal);
    for (int slot = 0; slot < slotTotal; ++slot) {
        Key &k = m_keyOfSlot[slot];
        const quint32 begin = quint32(text.size());
        text.append(QStringView(m_text).mid(k.begin, k.length));
        text.append(QChar(separator));
        k.begin = begin;
        m_starts[slot] = begin;
        m_owners[slot] = slot;
        m_ownerIndexOfSlot[slot] = slot;
    }
    m_text = std::move(text);
    m_blank = 0;
}
