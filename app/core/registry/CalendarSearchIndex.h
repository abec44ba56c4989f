#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

// The lowercase search keys of every calendar in the kept list, in one contiguous buffer, for the search box
// at 100,000 rows: one pass over the buffer finds every matching row, with no allocation and no call per row.
//
// Keys are stored per slot (CalendarsModel's storage index). Each key is followed by a separator nobody
// types (U+001F, as between the fields of a key), so a needle without one never matches across two keys
// or two fields. Changing a key appends the new text and blanks the old one; the buffer is compacted when
// more than half of it is blank.
class CalendarSearchIndex
{
public:
    static constexpr char16_t separator = u'\x1f';

    void clear();
    void reserve(qsizetype slotTotal, qsizetype characters);
    int slotCount() const { return int(m_keyOfSlot.size()); }

    // Sets the key of `slot` (slotCount() appends a new slot) to `text` lowercased (QString::toLower).
    void setKey(int slot, QStringView text);
    QStringView key(int slot) const;

    // `lowercaseNeedle` must be lowercased with QString::toLower and not empty.
    bool keyContains(int slot, QStringView lowercaseNeedle) const;
    // Sets matched[slot] to 1 for every slot whose key contains the needle (others are left as they are).
    // `matched` has slotCount() elements.
    void markMatches(QStringView lowercaseNeedle, QList<char> &matched) const;

private:
    struct Key
    {
        quint32 begin = 0; // in m_text
        quint32 length = 0;
    };
    void compact();
    // The needle's character that is rarest in the keys: the one the scan looks for.
    qsizetype anchorOf(QStringView needle) const;

    QString m_text; // every key, each followed by separator; blanked keys are separators only
    QList<Key> m_keyOfSlot;
    // Which slot owns the key starting at m_starts[i]; m_starts is ascending (keys in buffer order). -1:
    // blank.
    QList<quint32> m_starts;
    QList<int> m_owners;
    QList<int> m_ownerIndexOfSlot; // slot -> index in m_starts / m_owners
    qsizetype m_blank = 0; // characters of blanked keys
    std::array<quint32, 129> m_counts {}; // occurrences of each ASCII character; [128]: all others
};
