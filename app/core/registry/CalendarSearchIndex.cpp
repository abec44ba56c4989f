#include "registry/CalendarSearchIndex.h"

#include <algorithm>
#include <cstring>
#include <string_view>

QByteArray CalendarSearchIndex::needle(QStringView text)
{
    return text.toString().toLower().toUtf8();
}

void CalendarSearchIndex::clear()
{
    // Keeps the buffer's memory (the lists below keep theirs too): a reload() fills it again with about as
    // much, without faulting in fresh pages.
    m_text.resize(0);
    m_keyOfSlot.clear();
    m_starts.clear();
    m_owners.clear();
    m_ownerIndexOfSlot.clear();
    m_blank = 0;
    m_counts.fill(0);
}

void CalendarSearchIndex::reserve(qsizetype slotTotal)
{
    m_keyOfSlot.reserve(slotTotal);
    m_starts.reserve(slotTotal);
    m_owners.reserve(slotTotal);
    m_ownerIndexOfSlot.reserve(slotTotal);
}

void CalendarSearchIndex::setKey(int slot, QByteArrayView utf8)
{
    Q_ASSERT(slot >= 0 && slot <= slotCount());
    if (slot < slotCount()) {
        // Blank the old key in place (so a scan never finds it) and append the new one.
        const Key old = m_keyOfSlot.at(slot);
        char *bytes = m_text.data() + old.begin;
        for (quint32 i = 0; i < old.length; ++i) {
            --m_counts[uchar(bytes[i])];
            bytes[i] = separator;
        }
        m_owners[m_ownerIndexOfSlot.at(slot)] = -1;
        m_blank += qsizetype(old.length) + 1;
    } else {
        m_keyOfSlot.append(Key());
        m_ownerIndexOfSlot.append(-1);
    }

    const qsizetype begin = m_text.size();
    // Most keys are ASCII: lowercase and count them in one pass, without a temporary string; anything else
    // goes through QString::toLower (the same function the needle goes through, so both sides fold alike).
    m_text.resize(begin + utf8.size());
    char *out = m_text.data() + begin;
    qsizetype ascii = 0;
    for (; ascii < utf8.size(); ++ascii) {
        uchar c = uchar(utf8[ascii]);
        if (c >= 128)
            break;
        if (c >= 'A' && c <= 'Z')
            c = uchar(c + ('a' - 'A'));
        out[ascii] = char(c);
        ++m_counts[c];
    }
    if (ascii < utf8.size()) {
        for (qsizetype i = 0; i < ascii; ++i)
            --m_counts[uchar(out[i])];
        m_text.resize(begin);
        m_text.append(QString::fromUtf8(utf8).toLower().toUtf8());
        for (qsizetype i = begin; i < m_text.size(); ++i)
            ++m_counts[uchar(m_text.at(i))];
    }
    const qsizetype length = m_text.size() - begin;
    m_text.append(separator);

    m_keyOfSlot[slot] = Key {quint32(begin), quint32(length)};
    m_ownerIndexOfSlot[slot] = int(m_starts.size());
    m_starts.append(quint32(begin));
    m_owners.append(slot);

    if (m_blank > 4096 && m_blank > m_text.size() / 2)
        compact();
}

QString CalendarSearchIndex::key(int slot) const
{
    const Key k = m_keyOfSlot.at(slot);
    return QString::fromUtf8(m_text.constData() + k.begin, k.length);
}

bool CalendarSearchIndex::keyContains(int slot, const QByteArray &needle) const
{
    const Key k = m_keyOfSlot.at(slot);
    return std::string_view(m_text.constData() + k.begin, k.length)
               .find(std::string_view(needle.constData(), size_t(needle.size())))
        != std::string_view::npos;
}

qsizetype CalendarSearchIndex::anchorOf(const QByteArray &needle) const
{
    qsizetype best = 0;
    quint32 bestCount = ~quint32(0);
    for (qsizetype i = 0; i < needle.size(); ++i) {
        const quint32 count = m_counts[uchar(needle.at(i))];
        if (count < bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return best;
}

void CalendarSearchIndex::markMatches(const QByteArray &needle, QList<char> &matched) const
{
    Q_ASSERT(matched.size() == slotCount());
    if (needle.isEmpty() || needle.contains(separator))
        return;
    // Look for the needle's rarest byte (memchr, vectorised), check the whole needle around it, and after a
    // match go straight to the next key.
    const qsizetype m = needle.size();
    const qsizetype k = anchorOf(needle);
    const char anchor = needle.at(k);
    const char *text = m_text.constData();
    const qsizetype n = m_text.size();
    const char *pattern = needle.constData();
    const qsizetype keys = m_starts.size();
    qsizetype key = 0; // the key in buffer order that contains the current position
    qsizetype from = k;
    while (from < n) {
        const void *hit = std::memchr(text + from, anchor, size_t(n - from));
        if (!hit)
            break;
        const qsizetype p = static_cast<const char *>(hit) - text;
        const qsizetype start = p - k;
        if (start + m > n)
            break;
        if (std::memcmp(text + start, pattern, size_t(m)) != 0) {
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
    QByteArray text;
    text.reserve(m_text.size() - m_blank);
    const int slotTotal = slotCount();
    m_starts.resize(slotTotal);
    m_owners.resize(slotTotal);
    for (int slot = 0; slot < slotTotal; ++slot) {
        Key &k = m_keyOfSlot[slot];
        const quint32 begin = quint32(text.size());
        text.append(m_text.constData() + k.begin, k.length);
        text.append(separator);
        k.begin = begin;
        m_starts[slot] = begin;
        m_owners[slot] = slot;
        m_ownerIndexOfSlot[slot] = slot;
    }
    m_text = std::move(text);
    m_blank = 0;
}
